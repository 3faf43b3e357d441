/**
 * The bad-input rows shared by the end-to-end tests (bad-input.test.ts, robust-formats.test.ts):
 * what to write, what to pass, and what the CLI must say about it.
 */
import assert from 'node:assert/strict';
import {
  CP1252_EXPECT, GOOD, GOOD_TEXT, LATIN2_EXPECT, LAUGHS_RSS, LOGIN_HTML, MALFORMED_RSS, NOT_A_FEED_XML, STACK_FRAME,
  cp1252Bytes, gzipBomb, homeHtml, invalidUtf8Bytes, latin2Bytes, linesNaming, pngBytes, put, record, tempDir, triangulate, truncatedHtml,
  truncatedWarcGz, utf16Bytes, type Run,
} from './robust-inputs.js';

const BODY = GOOD_TEXT.split('\n\n').slice(3).join('\n\n');
const jsonl = (...rows: unknown[]) => rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';

export interface Case {
  /** what the row checks */
  name: string;
  /** files to write, relative to the temp folder */
  files: Record<string, string | Uint8Array | (() => string | Uint8Array)>;
  /** the argument given to the CLI, relative to the temp folder */
  input: string;
  /** the reason code expected on stderr (null: no message expected) */
  rule: string | null;
  /** 'error' fails the input (exit 1); 'warning' and null leave exit 0 */
  severity: 'error' | 'warning' | null;
  /** the bad input itself still yields an article whose text holds these strings */
  keeps?: string[];
  /** what the stderr line names, when not the input itself (a record's id) */
  names?: string;
  /** article ids the input yields (records); else the input's own path is its id */
  ids?: string[];
  /** a known defect of another part: the row is reported as a todo with this reason */
  todo?: string;
}

// Rows are ordered as in the issues' "Bad input" sections: files and encodings (#2), formats (#3),
// records (#4, #6). Near misses (a PNG named .txt, an array of articles in a .json) are rows too.
export const CASES: Case[] = [
  { name: 'empty file', files: { 'empty.txt': '' }, input: 'empty.txt', rule: 'empty-input', severity: 'error' },
  { name: 'white space only', files: { 'blank.md': ' \n\t\n   \r\n' }, input: 'blank.md', rule: 'empty-input', severity: 'error' },
  { name: 'PNG bytes named .txt', files: { 'photo.txt': pngBytes() }, input: 'photo.txt', rule: 'binary-input', severity: 'error' },
  { name: 'PNG file (.png)', files: { 'photo.png': pngBytes() }, input: 'photo.png', rule: 'unknown-format', severity: 'error' },
  { name: 'unknown extension with good text inside', files: { 'notes.docx': GOOD_TEXT }, input: 'notes.docx', rule: 'unknown-format', severity: 'error' },
  { name: 'no such file', files: {}, input: 'missing/nothing.txt', rule: 'not-found', severity: 'error' },
  { name: 'windows-1252 without declaration', files: { 'cp1252.txt': cp1252Bytes() }, input: 'cp1252.txt', rule: 'encoding-guessed', severity: 'warning', keeps: CP1252_EXPECT },
  { name: 'ISO-8859-2 without declaration', files: { 'latin2.txt': latin2Bytes() }, input: 'latin2.txt', rule: 'encoding-guessed', severity: 'warning', keeps: LATIN2_EXPECT },
  { name: 'UTF-16LE with BOM', files: { 'utf16le.txt': utf16Bytes('\u201cBridge\u201d caf\u00e9 ' + GOOD_TEXT, 'le') }, input: 'utf16le.txt', rule: null, severity: null, keeps: ['\u201cBridge\u201d caf\u00e9', 'Tomas Reyes'] },
  { name: 'UTF-16BE with BOM', files: { 'utf16be.txt': utf16Bytes('\u201cBridge\u201d caf\u00e9 ' + GOOD_TEXT, 'be') }, input: 'utf16be.txt', rule: null, severity: null, keeps: ['\u201cBridge\u201d caf\u00e9', 'Tomas Reyes'] },
  // a few stray bytes in ASCII text: read with a warning, the text itself intact
  { name: 'invalid UTF-8 bytes in ASCII text', files: { 'bad-utf8.txt': invalidUtf8Bytes() }, input: 'bad-utf8.txt', rule: 'encoding-guessed', severity: 'warning', keeps: ['Tomas Reyes', 'Dana Whitfield'] },
  {
    name: 'invalid UTF-8 byte in UTF-8 text with typographic quotes',
    files: { 'bad-utf8-quotes.txt': () => Buffer.concat([Buffer.from(GOOD_TEXT.replace(/"/g, (_, i: number) => (GOOD_TEXT.slice(0, i).split('"').length % 2 ? '\u201c' : '\u201d'))), Buffer.from([0xff]), Buffer.from(' The end.\n')]) },
    input: 'bad-utf8-quotes.txt',
    rule: 'encoding-guessed',
    severity: 'warning',
    keeps: ['\u201cWe will not reopen'],
  },
  { name: 'folder with no articles', files: { 'empty-folder/README.md': 'notes', 'empty-folder/.DS_Store': 'x' }, input: 'empty-folder', rule: 'no-articles', severity: 'error' },
  { name: 'folder with only a bad file', files: { 'pictures/photo.png': pngBytes() }, input: 'pictures', rule: 'unknown-format', severity: 'error' },
  { name: 'nested folder', files: { 'nested/a/b/c/bridge.txt': GOOD_TEXT }, input: 'nested', rule: null, severity: null, keeps: ['Tomas Reyes'], ids: ['a/b/c/bridge.txt'] },
  { name: '.json that is an array of numbers', files: { 'numbers.json': '[1, 2, 3]' }, input: 'numbers.json', rule: 'malformed-json', severity: 'error' },
  { name: '.json that is a string', files: { 'string.json': '"a bridge"' }, input: 'string.json', rule: 'malformed-json', severity: 'error' },
  { name: '.json that is broken', files: { 'broken.json': '{"title": "Bridge", "text": "The bridge' }, input: 'broken.json', rule: 'malformed-json', severity: 'error' },
  { name: '.json array of one good and one empty record', files: { 'mixed.json': JSON.stringify([record('m1', 'Bridge closed', BODY), { id: 'm2', outlet: 'Test Wire' }]) }, input: 'mixed.json', rule: 'empty-input', severity: 'error', keeps: ['Tomas Reyes'], ids: ['m1'] },
  {
    name: '.jsonl with bad lines between good ones',
    files: { 'bad-lines.jsonl': jsonl(record('j1', 'Bridge closed', BODY), '{"id": "j2", "text": ', '[1, 2]', { id: 'j3', title: 'No text' }, 'null', record('j4', 'Bridge closed again', BODY.replace(/Harbor/g, 'Mill'))) },
    input: 'bad-lines.jsonl',
    rule: 'malformed-json',
    severity: 'error',
    keeps: ['Harbor Street', 'Mill Street'],
    ids: ['j1', 'j4'],
  },
  { name: '.jsonl with the same article twice', files: { 'twice.jsonl': jsonl(record('t1', 'Bridge closed', BODY), record('t1', 'Bridge closed', BODY)) }, input: 'twice.jsonl', rule: 'duplicate', severity: 'warning', names: 't1', ids: ['t1'] },
  { name: '.jsonl with two articles under one id', files: { 'dup-ids.jsonl': jsonl(record('d1', 'Bridge closed', BODY), record('d1', 'Library hours', 'The county library will open on Sundays from September, the director said on Tuesday.')) }, input: 'dup-ids.jsonl', rule: 'duplicate', severity: 'warning', names: 'd1', ids: ['d1'] },
  // a record with a title and no text is kept (its title is its text) with a warning; the briefing says it has no sentences
  { name: 'article with no sentences (a title only)', files: { 'title-only.json': JSON.stringify({ id: 'title-only', title: 'Harbor bridge closed', text: '' }) }, input: 'title-only.json', rule: 'too-short', severity: 'warning', ids: ['title-only'] },
  { name: 'record with neither title nor text', files: { 'nothing.json': JSON.stringify({ id: 'nothing', outlet: 'Test Wire' }) }, input: 'nothing.json', rule: 'empty-input', severity: 'error' },
  { name: 'truncated HTML', files: { 'truncated.html': truncatedHtml() }, input: 'truncated.html', rule: null, severity: null, keeps: ['Priya Natarajan'] },
  { name: '.xml that is not a feed', files: { 'catalog.xml': NOT_A_FEED_XML }, input: 'catalog.xml', rule: 'malformed-feed', severity: 'error' },
  { name: 'malformed RSS', files: { 'broken.rss': MALFORMED_RSS }, input: 'broken.rss', rule: 'malformed-feed', severity: 'error' },
  { name: 'gzip bomb (.html.gz expanding past the 50 MB cap)', files: { 'bomb.html.gz': () => gzipBomb(64 * 1024 * 1024) }, input: 'bomb.html.gz', rule: 'too-large', severity: 'error' },
  { name: 'a login wall', files: { 'login.html': LOGIN_HTML }, input: 'login.html', rule: 'not-an-article', severity: 'error' },
  { name: 'a home page of headlines', files: { 'home.html': homeHtml() }, input: 'home.html', rule: 'not-an-article', severity: 'error' },
  { name: 'a feed that is not XML', files: { 'words.rss': 'This is not a feed at all, just words about the bridge.\n' }, input: 'words.rss', rule: 'malformed-feed', severity: 'error' },
  {
    name: 'HTML declaring <meta charset="utf-16"> on UTF-8 bytes',
    files: { 'utf16-lie.html': '<html><head><meta charset="utf-16"><title>Bridge closed</title></head><body><article><h1>Bridge closed</h1>' + BODY.split('\n\n').map((p) => `<p>${p}</p>`).join('') + '</article></body></html>' },
    input: 'utf16-lie.html',
    rule: null,
    severity: null,
    keeps: ['Tomas Reyes'],
  },
  { name: 'feed with an entity-expansion DOCTYPE (billion laughs)', files: { 'lol.rss': LAUGHS_RSS }, input: 'lol.rss', rule: 'malformed-feed', severity: 'error' },
  { name: 'JSON nested 100,000 arrays deep', files: { 'deep.json': '['.repeat(100_000) + ']'.repeat(100_000) }, input: 'deep.json', rule: 'malformed-json', severity: 'error' },
  {
    name: 'truncated .warc.gz',
    files: { 'cut.warc.gz': truncatedWarcGz() },
    input: 'cut.warc.gz',
    rule: 'malformed-gzip',
    severity: 'error',
  },
];

/** bad-input.test.ts runs the rows before this index through brief, robust-formats.test.ts the rest (two processes). */
export const SPLIT = 15;

export function assertClean(r: Run, what: string) {
  assert.ok(!r.timedOut, `${what}: did not end in time (${Math.round(r.ms)} ms)`);
  assert.ok(r.signal === null, `${what}: killed by ${r.signal}`);
  assert.ok(!STACK_FRAME.test(r.stderr), `${what}: stack trace on stderr:\n${r.stderr}`);
}

/** The stderr line naming the input with the reason code, as `[stage/rule]`. */
export function assertNamed(r: Run, input: string, rule: string) {
  const lines = linesNaming(r.stderr, input);
  assert.ok(lines.some((l) => l.includes(`/${rule}]`)), `stderr names ${input} with ${rule}:\n${r.stderr}`);
}

/** Writes every row's files into a fresh temporary folder. */
export function writeCases(): { dir: string; cleanup: () => void; at: (rel: string) => string } {
  const { dir, cleanup } = tempDir('bad');
  for (const c of CASES) for (const [name, content] of Object.entries(c.files)) put(dir, name, typeof content === 'function' ? content() : content);
  return { dir, cleanup, at: (rel: string) => `${dir}/${rel}` };
}

/** One row through `brief`, beside a good article. */
export function briefCase(c: Case, at: (rel: string) => string): void {
  const r = triangulate(['brief', GOOD[2], at(c.input), '--format', 'json']);
  assertClean(r, c.name);
  if (c.rule) assertNamed(r, c.names ?? at(c.input), c.rule);
  else assert.equal(linesNaming(r.stderr, at(c.input)).length, 0, `no message expected:\n${r.stderr}`);
  assert.equal(r.status, c.severity === 'error' ? 1 : 0, r.stderr);
  const stories = JSON.parse(r.stdout).stories as { articles: { id: string }[] }[];
  const ids = stories.flatMap((s) => s.articles.map((a) => a.id));
  assert.ok(ids.includes(GOOD[2]), `the good article is still briefed: ${ids.join(', ')}`);
  if (c.severity !== 'error' || c.ids) {
    for (const id of c.ids ?? [at(c.input)]) assert.ok(ids.some((x) => x === id || x.startsWith(`${id}`)), `${id} is briefed: ${ids.join(', ')}`);
  }
  // a record file's text is checked by extract below; a single article's text shows in its own briefing
  if (c.keeps && !c.ids) {
    for (const s of c.keeps) assert.ok(r.stdout.includes(JSON.stringify(s).slice(1, -1)), `the briefing keeps "${s}"`);
  }
}
