/**
 * The summarization eval on sets laid out as DUC lays them out: references named
 * `D30001.M.100.T.A` or kept in a folder per story, story folders named `d30001t`, several
 * references pooled as ROUGE-1.5.5 `-f A` pools them. End to end on the self-made DUC-style
 * fixture (fixtures/ingest/duc-style: 2 topics x 3 SGML documents, 2 references each).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { rouge } from '../../eval/rouge.js';
import { evaluate, listReferences, matchReferences, namedLength, referenceText } from '../../eval/summarization.js';
import { FIXTURES } from '../golden.js';

const BIN = join(import.meta.dirname, '../../bin/triangulate.js');
const DUC = join(FIXTURES, 'ingest', 'duc-style');

function triangulate(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
}

const close = (a: number, b: number, what: string) => assert.ok(Math.abs(a - b) < 1e-9, `${what}: ${a} vs ${b}`);

test('several references: hits and counts pooled (ROUGE-1.5.5 -f A), not scores averaged', () => {
  // peer "a b c d"; reference 1 "a b" (2 hits of 2), reference 2 "a x y z w v" (1 hit of 6)
  const s = rouge('a b c d', ['a b', 'a x y z w v']);
  close(s.rouge1.r, 3 / 8, 'R-1 pooled'); // the mean of 2/2 and 1/6 would be 0.583
  close(s.rouge1.p, 3 / 8, 'P-1 pooled');
  close(s.rouge1.f, 3 / 8, 'F-1 from pooled R and P');
  close(s.rouge2.r, 1 / 6, 'R-2 pooled: 1 hit of 1 + 5 bigrams');
  close(s.rougeL.r, 3 / 8, 'R-L pooled: LCS 2 + 1 of 2 + 6');
  // each reference clips on its own: repeating a word does not earn it twice from one reference
  close(rouge('a a a a', ['a b', 'a a c d']).rouge1.r, 3 / 6, 'clipped per reference');
  // one reference: the plain single-reference score
  const one = rouge('the cat sat on the mat', ['the cat lay on the mat']);
  close(one.rouge1.r, 5 / 6, 'single reference R-1');
  close(one.rouge2.r, 3 / 5, 'single reference R-2');
});

test('references written as markup are read as their text; plain text is left as it is', () => {
  const rows: [string, string][] = [
    ['<html>\n<head>\n<title>D30001.M.100.T.A</title>\n</head>\n<body bgcolor="white">\n<a name="1">[1]</a> <a href="#1" id=1>Floods hit the town.</a>\n<a name="2">[2]</a> <a href="#2" id=2>Schools closed.</a>\n</body>\n</html>', 'Floods hit the town. Schools closed.'],
    ['<SUM DOCSET="d061" TYPE="MULTI" SIZE="100" SUMMARIZER="A">\nFloods hit the town &amp; the valley.\n</SUM>', 'Floods hit the town & the valley.'],
    // near misses: a "<" in prose is no markup; plain text keeps its line breaks and numbers
    ['Turnout was < 40 percent [1] in 2019.\nSecond line.', 'Turnout was < 40 percent [1] in 2019.\nSecond line.'],
  ];
  for (const [raw, expected] of rows) assert.equal(referenceText(raw), expected, raw.slice(0, 30));
});

function refsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tri-refs-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

test('reference layouts: <id>.txt, <id>.<n>.txt, <id>.<anything>, <id>/*; dotfiles and readmes are not references', () => {
  const dir = refsDir({
    '5608.txt': 'x',
    '5610.1.txt': 'x',
    '5610.2.txt': 'x',
    'D30001.M.100.T.A': 'x',
    'D30001.M.100.T.B': 'x',
    'D30002/D30002.M.100.T.C': 'x',
    'D30002/any-name': 'x',
    'D30002/.hidden': 'x',
    'README.txt': 'x',
    '.DS_Store': 'x',
  });
  const refs = listReferences(dir);
  const named = Object.fromEntries([...refs.values()].map((r) => [r.id, r.paths.map((p) => p.slice(dir.length + 1))]));
  assert.deepEqual(named, {
    '5608': ['5608.txt'],
    '5610': ['5610.1.txt', '5610.2.txt'],
    D30001: ['D30001.M.100.T.A', 'D30001.M.100.T.B'],
    D30002: ['D30002/D30002.M.100.T.C', 'D30002/any-name'],
  });
});

test('stories find their references: same id without case, else without a trailing letter when unambiguous', () => {
  const dir = refsDir({ '5608.txt': 'x', 'D30001.M.100.T.A': 'x', 'D30002.M.100.T.A': 'x', 'D30003.M.100.T.A': 'x', 'D0601.M.250.A.A': 'x', 'D30005.M.100.T.A': 'x' });
  const stories = ['5608', 'd30001t', 'D30002', 'd30003t', 'd30003u', 'D0601A', 'd30005', 'd30005t', 'd30004t', '5608x', 'abct'];
  const { matched, unmatched } = matchReferences(stories, listReferences(dir));
  assert.deepEqual(Object.fromEntries([...matched].map(([story, ref]) => [story, ref.id])), {
    '5608': '5608',
    d30001t: 'D30001', // DUC 2004
    D30002: 'D30002', // case only
    D0601A: 'D0601', // DUC 2006-2007
    d30005: 'D30005',
  });
  // near misses: two stories claim one set of references; a story of the stem's own id exists
  // (d30005t, 5608x); a stem without references; no digit before the letter
  assert.deepEqual(unmatched.map((u) => u.id), ['d30003t', 'd30003u', 'd30005t', 'd30004t', '5608x', 'abct']);
  assert.match(unmatched.find((u) => u.id === 'd30003t')!.reason, /ambiguous/);
  assert.match(unmatched.find((u) => u.id === 'd30005t')!.reason, /a story of that very id/);
  assert.match(unmatched.find((u) => u.id === 'd30004t')!.reason, /no reference summary/);
});

test('eval summarization on the DUC-style fixture: both topics scored with the baselines', () => {
  const r = triangulate('eval', 'summarization', DUC);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(report.stories, 2);
  assert.deepEqual(report.skipped, []);
  assert.deepEqual(report.perStory.map((s: { id: string; references: number; articles: number }) => [s.id, s.references, s.articles]), [
    ['d30001t', 2, 3],
    ['d30002t', 2, 3],
  ]);
  for (const key of ['system', 'lead', 'centroid', 'leadWhole', 'centroidWhole']) {
    for (const metric of ['rouge1', 'rouge2', 'rougeL']) {
      const { r: recall, p, f } = report[key][metric];
      assert.ok(recall > 0 && recall <= 100 && p > 0 && f > 0, `${key}.${metric}: ${JSON.stringify(report[key][metric])}`);
    }
  }
  // the topics share no subject: a summary scored against the other topic's references would be near 0
  for (const s of report.perStory) assert.ok(s.rouge1 > 30, `${s.id} R-1 ${s.rouge1}`);
});

test('eval summarization --words 100 (DUC\'s length)', () => {
  const r = triangulate('eval', 'summarization', DUC, '--words', '100');
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(report.words, 100);
  assert.equal(report.wordsFrom, 'option');
  assert.equal(report.stories, 2);
  assert.ok(report.meanSummaryWords > 75 && report.meanSummaryWords <= 100, String(report.meanSummaryWords));
});

test('the summary length, without --words: the length the reference file names give (DUC .M.100.), else 75', () => {
  const ref = (...paths: string[]) => ({ id: 'D1', paths });
  const rows: [ReturnType<typeof ref>[], number | null][] = [
    [[ref('/m/D30001.M.100.T.A', '/m/D30001.M.100.T.B')], 100],
    [[ref('/m/D30001.M.100.T.A'), ref('/m/D30002.M.100.T.C')], 100],
    [[ref('/m/D30001.M.100.T.A'), ref('/m/D30002.M.200.T.C')], null], // two lengths: none named
    [[ref('/m/D30001.M.100.T.A'), ref('/r/5608.1.txt')], null], // one file names none
    [[ref('/r/5608.txt')], null],
    [[ref('/r/M.100.notes.txt')], null], // ".M.<n>." must follow an id
  ];
  for (const [refs, want] of rows) assert.equal(namedLength(refs), want, JSON.stringify(refs));
  const report = JSON.parse(triangulate('eval', 'summarization', DUC).stdout);
  assert.equal(report.words, 100);
  assert.equal(report.wordsFrom, 'reference file names');
});

test('eval --words: a positive whole number, for the summarization evaluation only (misuse, exit 2)', () => {
  for (const args of [['summarization', DUC, '--words', 'x'], ['summarization', DUC, '--words', '0'], ['clustering', DUC, '--words', '100']]) {
    const r = triangulate('eval', ...args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /--words/);
  }
});

test('brief on one DUC topic folder: SGML documents with titles, dates and outlets', () => {
  const r = triangulate('brief', join(DUC, 'docs', 'd30002t'), '--format', 'json');
  assert.equal(r.status, 0, r.stderr);
  const { stories } = JSON.parse(r.stdout);
  assert.equal(stories.length, 1);
  const articles = stories[0].articles.map((a: { id: string; outlet: string; title: string; published: string }) => [a.id, a.outlet, a.title, a.published]);
  assert.deepEqual(articles, [
    ['AP890103-0101', 'AP', 'Millbrook Teachers Strike Over Pay', '1989-01-03'],
    ['LA010489-0042', 'Los Angeles Times', "OHIO TEACHERS' STRIKE ENTERS SECOND DAY", '1989-01-04'],
    ['WSJ890104-0077', 'The Wall Street Journal', 'Ohio School Strike Strains District Budget', '1989-01-04'],
  ]);
  assert.ok(stories[0].summary.length > 0);
  for (const line of stories[0].summary) assert.ok(line.citations.length > 0, line.text);
});

test('a story may be one file of records (stories/<id>.sgml), its references a folder (references/<id>/)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-story-file-'));
  mkdirSync(join(dir, 'stories'));
  mkdirSync(join(dir, 'references', 'T1'), { recursive: true });
  const doc = (docno: string, text: string) => `<DOC>\n<DOCNO> ${docno} </DOCNO>\n<HEADLINE> Ferry strike </HEADLINE>\n<TEXT>\n${text}\n</TEXT>\n</DOC>\n`;
  writeFileSync(join(dir, 'stories', 'T1.sgml'), doc('APW19990101.0001', 'Ferry crews went on strike on Friday over pay, stopping all crossings to the islands.') + doc('NYT19990101.0002', 'All ferry crossings to the islands stopped on Friday when crews walked out over pay.'));
  writeFileSync(join(dir, 'references', 'T1', 'A'), 'Ferry crews struck over pay on Friday, stopping crossings to the islands.');
  writeFileSync(join(dir, 'references', 'T1', 'B'), 'A pay strike by ferry crews halted island crossings.');
  const report = (await evaluate(dir, { words: 100 })) as { stories: number; words: number; perStory: { id: string; references: number; articles: number; rouge1: number }[] };
  assert.equal(report.words, 100);
  assert.deepEqual(report.perStory.map((s) => [s.id, s.references, s.articles]), [['T1', 2, 2]]);
  assert.ok(report.perStory[0].rouge1 > 20, String(report.perStory[0].rouge1));
});

test('a set that is not laid out as expected is misuse: exit 2, saying what was expected, no stack trace', () => {
  const empty = mkdtempSync(join(tmpdir(), 'tri-no-layout-'));
  const noRefs = mkdtempSync(join(tmpdir(), 'tri-no-refs-'));
  mkdirSync(join(noRefs, 'docs', 'd1'), { recursive: true });
  const rows: [string, RegExp][] = [
    [join(empty, 'missing'), /no such dataset folder/],
    [empty, /expected a folder stories\/ or docs\//],
    [noRefs, /expected a folder refs\/ or references\/ or models\//],
  ];
  for (const [dir, expected] of rows) {
    const r = triangulate('eval', 'summarization', dir);
    assert.equal(r.status, 2, `${dir}: ${r.stderr}`);
    assert.match(r.stderr, expected);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  }
});
