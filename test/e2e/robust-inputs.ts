/**
 * Generates the bad inputs of the end-to-end robustness suite into a temporary folder. Small
 * inputs are written from code here (so nothing binary or large is committed); the large ones
 * (50 MB page, gzip bomb, 1 MB paragraph, 500 copies) are generated at test time and deleted
 * with the folder.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const ROOT = join(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/triangulate.js');
/** Three small, well-formed articles: two on one event, one on another. */
export const GOOD_DIR = join(ROOT, 'fixtures/e2e/good');
export const GOOD = ['harbor-bridge-a.txt', 'harbor-bridge-b.txt', 'library-budget.txt'].map((f) => join(GOOD_DIR, f));
export const GOOD_TEXT = readFileSync(GOOD[0], 'utf8');

/** A stack frame as Node prints it: the sign of a crash rather than a message. */
export const STACK_FRAME = /^\s{4}at .+(\(|:\d+:\d+)/m;

export interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

/**
 * Runs the CLI with a deadline; never throws. Other people rebuild dist/ in this shared checkout
 * while the suite runs: a run that died loading a half-written dist/ (a module error, while
 * dist/ changed under it) is run again, at most twice; any other failure is returned as it is.
 */
export function triangulate(args: string[], opts: { timeoutMs?: number; input?: string | Buffer; cwd?: string; nodeArgs?: string[] } = {}): Run {
  for (let attempt = 0; ; attempt++) {
    const stamp = distStamp();
    const run = runOnce(args, opts);
    const halfBuilt = /SyntaxError: The requested module|ERR_MODULE_NOT_FOUND|Cannot find module/.test(run.stderr) && distStamp() !== stamp;
    if (!halfBuilt || attempt === 2) return run;
    spawnSync(process.execPath, ['-e', 'setTimeout(() => {}, 3000)']);
  }
}

function runOnce(args: string[], opts: { timeoutMs?: number; input?: string | Buffer; cwd?: string; nodeArgs?: string[] }): Run {
  const started = performance.now();
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [...(opts.nodeArgs ?? []), BIN, ...args], {
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 60_000,
    input: opts.input ?? '',
    cwd: opts.cwd ?? ROOT,
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  const timedOut = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  return { status: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', ms, timedOut };
}

/** The stderr lines that name `input` (as the CLI prints it). */
export function linesNaming(stderr: string, input: string): string[] {
  return stderr.split('\n').filter((l) => l.includes(input));
}

/** A fresh temporary folder for one test file. */
export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `triangulate-e2e-${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function put(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

/** A short news article in plain text, with a title line, outlet, date and a quotation. */
export function article(title: string, date: string, body: string, outlet = 'Test Wire'): string {
  return `${title}\n\n${outlet}\n${date}\n\n${body}\n`;
}

/** The first eight bytes of every PNG, then an IHDR chunk and some noise. */
export function pngBytes(): Uint8Array {
  const header = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 0x10, 0, 0, 0, 0x10, 8, 6, 0, 0, 0];
  const out = new Uint8Array(2048);
  out.set(header);
  for (let i = header.length; i < out.length; i++) out[i] = (i * 7919) % 256;
  return out;
}

/** windows-1252 bytes of a text with typographic quotes, an en dash and accented letters. */
export function cp1252Bytes(): Uint8Array {
  const text = article(
    'Caf\u00e9 owners in Montr\u00e9al protest new terrace rules',
    'May 14, 2024',
    'Owners of caf\u00e9s on Rue Saint\u2013Denis gathered on Tuesday to protest new rules for summer terraces.\n\n' +
      '\u201cWe were never consulted,\u201d said Ren\u00e9e Lefebvre, who has run a caf\u00e9 on the street for twelve years.\n\n' +
      'The city said the rules would keep sidewalks open for wheelchairs and strollers and would be reviewed in the autumn.',
  );
  // windows-1252: the C1 range holds the typographic marks
  const map: Record<string, number> = { '\u201c': 0x93, '\u201d': 0x94, '\u2013': 0x96, '\u00e9': 0xe9 };
  return Uint8Array.from([...text].map((c) => map[c] ?? c.charCodeAt(0)));
}
export const CP1252_EXPECT = ['Caf\u00e9', 'Ren\u00e9e Lefebvre', '\u201cWe were never consulted,\u201d'];

/** ISO-8859-2 bytes of a Polish article (letters that windows-1252 does not have). */
export function latin2Bytes(): Uint8Array {
  const text = article(
    'Mieszka\u0144cy \u0141odzi protestuj\u0105 przeciwko zamkni\u0119ciu szpitala',
    '14 maja 2024',
    'W \u0141odzi kilkuset mieszka\u0144c\u00f3w protestowa\u0142o we wtorek przeciwko planom zamkni\u0119cia szpitala miejskiego przy ulicy \u017Beromskiego.\n\n' +
      'Dyrektor szpitala, Ma\u0142gorzata W\u0105sowska, powiedzia\u0142a, \u017Ce decyzja nie zapad\u0142a. Rada miasta zajmie si\u0119 spraw\u0105 w przysz\u0142ym tygodniu.\n\n' +
      'Protestuj\u0105cy zebrali ponad trzy tysi\u0105ce podpis\u00f3w pod petycj\u0105 w sprawie szpitala.',
    'Gazeta \u0141\u00f3dzka',
  );
  const map: Record<string, number> = {
    '\u0105': 0xb1, '\u0119': 0xea, '\u0142': 0xb3, '\u0141': 0xa3, '\u0144': 0xf1, '\u00f3': 0xf3, '\u017c': 0xbf, '\u017b': 0xaf,
  };
  return Uint8Array.from([...text].map((c) => {
    const b = map[c] ?? c.charCodeAt(0);
    if (b > 0xff) throw new Error(`no ISO-8859-2 byte for ${c}`);
    return b;
  }));
}
export const LATIN2_EXPECT = ['\u0141odzi', 'Ma\u0142gorzata W\u0105sowska', '\u017Beromskiego'];

export function utf16Bytes(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'be') le.swap16();
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), le]);
}

/** UTF-8 text with stray bytes: a lone continuation byte, a truncated sequence, 0xFF. */
export function invalidUtf8Bytes(): Uint8Array {
  const good = Buffer.from(GOOD_TEXT, 'utf8');
  const at = good.indexOf('The bridge carries');
  return Buffer.concat([good.subarray(0, at), Buffer.from([0xc3, 0x28, 0x80, 0xff, 0xe2, 0x82]), good.subarray(at)]);
}

/** One article of `bytes` bytes: a single paragraph of words, no punctuation at all. */
export function unpunctuated(bytes: number): string {
  const words = ['harbor', 'bridge', 'council', 'river', 'engineer', 'beam', 'traffic', 'mayor', 'repair', 'inspection', 'crossing', 'budget'];
  const parts: string[] = ['Harbor bridge council meets again', '', 'Test Wire', 'March 3 2025', ''];
  let body = '';
  let i = 0;
  while (body.length < bytes) body += words[(i * 7 + (i >> 3)) % words.length] + ' ', i++;
  parts.push(body.trimEnd());
  return parts.join('\n') + '\n';
}

/** An HTML article page of about `bytes` bytes: a real lead, then many filler paragraphs. */
export function hugeHtml(bytes: number): string {
  const head =
    '<!doctype html><html><head><meta charset="utf-8"><title>Harbor bridge closed</title></head><body><article><h1>Harbor bridge closed</h1>' +
    '<p>The city of Riverton closed the Harbor Street bridge on Monday after inspectors found cracks in two steel beams.</p>';
  const para = '<p>Inspectors walked the eastern span again and wrote down what they saw in the beams, the bolts and the deck.</p>\n';
  const tail = '</article></body></html>\n';
  const n = Math.max(0, Math.floor((bytes - head.length - tail.length) / para.length));
  return head + para.repeat(n) + tail;
}

/** `levels` nested elements around one paragraph, never closed on the way out (like real broken pages). */
export function deepHtml(levels: number, close: boolean): string {
  const p = '<p>The city of Riverton closed the Harbor Street bridge on Monday after inspectors found cracks in two steel beams. ' +
    'The mayor said it would not reopen until every beam had been checked.</p>';
  return '<!doctype html><html><head><title>Deep page</title></head><body>' + '<div>'.repeat(levels) + p + (close ? '</div>'.repeat(levels) : '') + '</body></html>';
}

/** A real article page cut in the middle of a tag. */
export function truncatedHtml(): string {
  const page =
    '<!doctype html><html><head><title>County approves library budget</title><meta property="article:published_time" content="2024-06-12T10:00:00Z"></head>' +
    '<body><article><h1>County approves library budget</h1>' +
    '<p>The Lakeside County board voted 5-2 on Tuesday to raise the budget of the county\'s public libraries by 4 percent, adding Sunday hours at three branches.</p>' +
    '<p>"Families asked for weekend hours, and this budget delivers them," board chair Priya Natarajan said after the vote.</p>' +
    '<p>Two members voted against the plan, saying the county should first finish repairs to the main library\'s roof. The new hours start in September.</p>' +
    '<p>The library director, Owen Marsh, said the branches would hire six part-time staff for the weekend shifts, and that volunteers <a href="/volunteer" cla';
  return page;
}

/** gzip of `expanded` bytes of white space: a few dozen KB on disk, far over the cap once expanded. */
export function gzipBomb(expanded: number): Uint8Array {
  return gzipSync(Buffer.alloc(expanded, 0x20), { level: 9 });
}

/** One WARC response record holding an HTML page, gzipped, then cut in half. */
export function truncatedWarcGz(): Uint8Array {
  const html = truncatedHtml() + '"></a></p></article></body></html>';
  const http = `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(html)}\r\n\r\n${html}`;
  const block = Buffer.from(http);
  const head =
    `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/library-budget\r\nWARC-Date: 2024-06-12T10:00:00Z\r\n` +
    `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000001>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${block.length}\r\n\r\n`;
  const record = Buffer.concat([Buffer.from(head), block, Buffer.from('\r\n\r\n')]);
  const gz = gzipSync(record);
  return gz.subarray(0, Math.floor(gz.length / 2));
}

export const NOT_A_FEED_XML = '<?xml version="1.0" encoding="utf-8"?>\n<catalog><book id="1"><author>Ann Author</author><title>XML for cooks</title></book></catalog>\n';

export const MALFORMED_RSS =
  '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Riverton news</title>' +
  '<item><title>Bridge closed</title><link>https://news.example/bridge</link><description>The bridge is closed & <b>will stay closed</description>' +
  '<item><title>Second</ti';

/** A JSON article record. */
export function record(id: string, title: string, text: string, published = '2025-03-03'): Record<string, string> {
  return { id, title, text, published, outlet: 'Test Wire' };
}

/**
 * A page of about `bytes` bytes as big pages really are: one short article amid megabytes of
 * inline script data, an inline image as a data URI, and thousands of navigation links.
 */
export function bloatedHtml(bytes: number): string {
  const article =
    '<article><h1>Harbor Street bridge closed after cracks found</h1>' +
    '<time datetime="2025-03-03T09:00:00Z">March 3, 2025</time>' +
    GOOD_TEXT.split('\n\n').slice(3).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('') +
    '</article>';
  const nav = '<nav><ul>' + Array.from({ length: 2000 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join('') + '</ul></nav>';
  const fixed = '<!doctype html><html><head><meta charset="utf-8"><title>Harbor Street bridge closed</title>';
  const tail = `</head><body>${nav}${article}<footer>Riverton Daily News</footer></body></html>\n`;
  const budget = Math.max(0, bytes - fixed.length - tail.length - 200);
  const json = '{"k":"' + 'abcdefghij'.repeat(Math.floor(budget / 2 / 10)) + '"}';
  const image = '<img alt="" src="data:image/png;base64,' + 'iVBORw0KGgo'.repeat(Math.floor(budget / 2 / 11)) + '">';
  return fixed + `<script type="application/json" id="state">${json}</script>` + tail.replace('<footer>', image + '<footer>');
}

/**
 * The newest modification time under dist/: other people rebuild the shared checkout while the
 * suite runs, and two runs compared for determinism must have run the same build.
 */
export function distStamp(folder = join(ROOT, 'dist/src')): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? distStamp(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Runs `a` then `b` on one build (retried while dist/ changes underneath, at most 3 times). */
export function sameBuild<T>(a: () => T, b: () => T): [T, T] {
  for (let attempt = 0; ; attempt++) {
    const before = distStamp();
    const pair: [T, T] = [a(), b()];
    if (distStamp() === before || attempt === 2) return pair;
  }
}

/** Where two outputs first differ, for a failure message. */
export function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i === a.length && i === b.length ? 'identical' : `at ${i}: ${JSON.stringify(a.slice(Math.max(0, i - 80), i + 80))} vs ${JSON.stringify(b.slice(Math.max(0, i - 80), i + 80))}`;
}

/** A login wall: a form, navigation and legal lines, no article. */
export const LOGIN_HTML =
  '<!doctype html><html><head><title>Sign in - Riverton Daily News</title></head><body><header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sports">Sports</a></nav></header>' +
  '<main><form action="/login" method="post"><h1>Sign in to keep reading</h1><label>Email <input name="email"></label><label>Password <input type="password" name="pw"></label><button>Sign in</button>' +
  '<p>Subscribe for unlimited access. Already a subscriber? Sign in.</p></form></main><footer>\u00a9 2025 Riverton Daily News. All rights reserved. Privacy policy. Terms of use.</footer></body></html>\n';

/** A home page: sixty headlines, each a link; near miss of an article with many words. */
export function homeHtml(): string {
  const links = Array.from({ length: 60 }, (_, i) => `<li><a href="/news/story-${i}">Council debates item ${i} on the bridge, the library and the river front</a></li>`).join('');
  return `<!doctype html><html><head><title>Riverton Daily News - Home</title></head><body><nav><a href="/">Home</a></nav><main><h2>Top stories</h2><ul>${links}</ul></main><footer>\u00a9 2025 Riverton Daily News</footer></body></html>\n`;
}

/**
 * `n` different articles about one event: each its own wording (sentences drawn from variants,
 * numbers and witnesses varied), so that none is a copy of another and a story holds n articles
 * of about 10 sentences each.
 */
export function manyArticles(n: number): Record<string, string>[] {
  const leads = [
    'The city of Riverton closed the Harbor Street bridge on Monday after inspectors found cracks in two steel beams.',
    'Riverton officials shut the Harbor Street bridge on Monday when an inspection turned up cracked beams.',
    'Cracks in two steel beams led Riverton to close the Harbor Street bridge to traffic on Monday.',
    'The Harbor Street bridge in Riverton was closed on Monday after cracked steel beams were found.',
  ];
  const parts = [
    (i: number) => `Mayor Alicia Moreno said the bridge would stay closed for at least ${4 + (i % 5)} weeks.`,
    (i: number) => `About ${15 + (i % 7)},000 vehicles cross the bridge each day, according to the transit authority.`,
    (i: number) => `"We will not reopen the bridge until every beam has been checked," Moreno said at meeting number ${i}.`,
    (i: number) => `Chief engineer Tomas Reyes said repairs could cost about $${2 + (i % 3)} million.`,
    (i: number) => `Resident ${['Dana', 'Luis', 'Mei', 'Omar', 'Ruth'][i % 5]} Whitfield-${i} said the detour added ${10 + (i % 20)} minutes to the commute.`,
    (i: number) => `Buses were moved to the Mill Road crossing, route ${i % 40} included.`,
    (i: number) => `The inspection began last Thursday and covered ${30 + (i % 11)} beams on the eastern span.`,
    (i: number) => `Shop owner number ${i} on Harbor Street said sales fell by ${5 + (i % 30)} percent in the first days.`,
    (i: number) => `The council will meet on ${['Tuesday', 'Wednesday', 'Thursday'][i % 3]} to discuss funding for the repairs.`,
  ];
  return Array.from({ length: n }, (_, i) => {
    const body = [leads[i % leads.length], ...parts.map((p, k) => parts[(k + i) % parts.length](i))].join(' ').replace(/(\. )(?=[A-Z"])/g, (m, d, off: number) => (off % 3 === 0 ? '.\n\n' : m));
    return { id: `many-${String(i).padStart(3, '0')}`, title: `Harbor Street bridge closed (${i})`, text: body, published: `2025-03-${String(3 + (i % 3)).padStart(2, '0')}`, outlet: `Outlet ${i % 60}` };
  });
}

/** An RSS feed whose DOCTYPE expands one entity to 10^9 characters ("billion laughs"). */
export const LAUGHS_RSS =
  '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n' +
  Array.from({ length: 9 }, (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">\n`).join('') +
  ']>\n<rss version="2.0"><channel><title>t</title><item><title>&lol9;</title><link>https://news.example/a</link>' +
  '<description>The city of Riverton closed the Harbor Street bridge on Monday after inspectors found cracks in two steel beams.</description></item></channel></rss>\n';
