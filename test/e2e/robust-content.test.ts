/**
 * End to end: articles that read fine but are hard inside (issues #4, #5, #6 "Bad input"): no
 * punctuation for 1 MB, quotation marks that never close, dates in 1970 or the future, a stream
 * of one article, 500 copies of one article, a 50 MB page, markup nested 100,000 levels; and
 * determinism (same inputs twice, inputs shuffled). Large inputs are generated into a temporary
 * folder at test time; time and peak memory are measured on the child process and bounded
 * generously (these are robustness bounds, not benchmarks).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { assertClean, assertNamed } from './robust-cases.js';
import { GOOD, GOOD_TEXT, ROOT, bloatedHtml, deepHtml, firstDifference, hugeHtml, linesNaming, manyArticles, put, record, sameBuild, tempDir, triangulate, unpunctuated, type Run } from './robust-inputs.js';

const BODY = GOOD_TEXT.split('\n\n').slice(3).join('\n\n');
const EXAMPLE = join(ROOT, 'examples/lavrov-2019');

let dir: string;
let cleanup: () => void;
before(() => ({ dir, cleanup } = tempDir('content')));
after(() => cleanup());

interface Briefed { stories: { id: string; articles: { id: string }[]; offTopic: string[]; summary: unknown[] }[] }
const briefIds = (r: Run) => (JSON.parse(r.stdout) as Briefed).stories.flatMap((s) => s.articles.map((a) => a.id));

/**
 * Runs the CLI and reads the child's peak resident memory (MB) and CPU time (ms), written by a
 * preload at exit so the CLI's own output is untouched. CPU time is what the bounds are on: the
 * machine is shared, so wall time says more about the neighbours than about the code (the wall
 * clock is bounded by the spawn timeout alone).
 */
function measured(args: string[], timeoutMs: number): Run & { rssMb: number; cpuMs: number } {
  const file = join(dir, `usage-${Math.random().toString(36).slice(2)}`);
  const preload = `data:text/javascript,import{writeFileSync}from'node:fs';process.on('exit',()=>{const u=process.resourceUsage();writeFileSync(${JSON.stringify(file)},JSON.stringify([u.maxRSS,(u.userCPUTime+u.systemCPUTime)/1000]))})`;
  const r = triangulate(args, { timeoutMs, nodeArgs: ['--import', preload] });
  let [rssMb, cpuMs] = [NaN, NaN];
  try {
    const [rss, cpu] = JSON.parse(readFileSync(file, 'utf8')) as [number, number];
    [rssMb, cpuMs] = [rss / 1024, cpu];
  } catch {
    // the child did not reach exit: the run's own assertions say why
  }
  return { ...r, rssMb, cpuMs };
}

describe('text that is hard inside', () => {
  test('1 MB in one paragraph with no punctuation: briefed in bounded time beside a good article', (t) => {
    const path = put(dir, 'one-mb.txt', unpunctuated(1_000_000));
    const r = measured(['brief', GOOD[2], path, '--format', 'json'], 120_000);
    t.diagnostic(`wall ${Math.round(r.ms)} ms, CPU ${Math.round(r.cpuMs)} ms, peak RSS ${Math.round(r.rssMb)} MB`);
    assertClean(r, '1 MB paragraph');
    assert.equal(r.status, 0, r.stderr);
    const ids = briefIds(r);
    assert.ok(ids.includes(GOOD[2]) && ids.includes(path), ids.join(', '));
    assert.ok(r.cpuMs < 30_000, `${Math.round(r.cpuMs)} ms of CPU`);
    assert.ok(r.rssMb < 1500, `${Math.round(r.rssMb)} MB`);
  });

  const quotes = [
    'Mayor speaks on the Harbor Street bridge',
    '',
    'Published: March 3, 2025',
    '',
    'The mayor said "we will reopen the bridge soon, and the council agreed with her on Monday evening.',
    '',
    'Engineers said the repairs were "urgent" and "overdue.',
    '',
    'A resident, Dana Whitfield, said: "March is already a slow month for us." Another said "it will never end',
  ].join('\n');

  test('unbalanced and never-closing quotation marks: no crash, the closed quote kept, a warning with the reason', () => {
    const path = put(dir, 'quotes.txt', quotes);
    const r = triangulate(['brief', GOOD[2], path, '--format', 'json']);
    assertClean(r, 'quotes');
    assert.equal(r.status, 0, r.stderr);
    assert.ok(briefIds(r).includes(path));
    assert.match(r.stderr, /\[analyze\/unclosed-quote\]/);
    const q = triangulate(['quotes', path, '--format', 'json']);
    assertClean(q, 'quotes command');
    assert.equal(q.status, 0, q.stderr);
    const found = JSON.parse(q.stdout) as { text: string; speaker: { name: string } | null }[];
    assert.ok(found.some((x) => x.text.includes('March is already a slow month for us.')), JSON.stringify(found, null, 1));
  });

  test('brief: the unclosed-quote warning names the article', () => {
    const path = put(dir, 'quotes-named.txt', quotes);
    const r = triangulate(['brief', path, '--format', 'json']);
    assertNamed(r, path, 'unclosed-quote');
  });

  test('quotes: a quotation mark that never closes is reported naming the file', () => {
    const path = put(dir, 'quotes-cmd.txt', quotes);
    const r = triangulate(['quotes', path, '--format', 'json']);
    assertClean(r, 'quotes command');
    assertNamed(r, path, 'unclosed-quote');
  });

  test('a UTF-8 BOM and CRLF line ends: citations and quote offsets still point at the quoted words', () => {
    const path = put(dir, 'crlf-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GOOD_TEXT.replace(/\n/g, '\r\n'))]));
    const x = triangulate(['extract', path]);
    const b = triangulate(['brief', path, '--format', 'json']);
    const q = triangulate(['quotes', path, '--format', 'json']);
    for (const r of [x, b, q]) {
      assertClean(r, 'crlf');
      assert.equal(r.status, 0, r.stderr);
    }
    const text = (JSON.parse(x.stdout) as { text: string }).text;
    const story = (JSON.parse(b.stdout) as { stories: { quotes: { text: string; citations: { start: number; end: number }[] }[] }[] }).stories[0];
    assert.ok(story.quotes.length > 0);
    for (const quote of story.quotes) for (const c of quote.citations) assert.equal(text.slice(c.start, c.end), quote.text);
    // the quotes command counts code points of the input as read: after the BOM, CRLF kept
    const input = [...GOOD_TEXT.replace(/\n/g, '\r\n')];
    const quotes = JSON.parse(q.stdout) as { text: string; start: number; end: number }[];
    assert.ok(quotes.length > 0);
    for (const quote of quotes) assert.equal(input.slice(quote.start, quote.end).join(''), quote.text);
  });

  test('dates in the future and in 1970: a warning naming the input for each, both still clustered and briefed', () => {
    const path = put(dir, 'dates.jsonl', [record('in-2031', 'Harbor bridge reopens', BODY, '2031-03-03'), record('in-1970', 'Harbor bridge reopens', BODY.replace(/Monday/g, 'Tuesday'), '1970-01-01')].map((x) => JSON.stringify(x)).join('\n'));
    for (const command of ['brief', 'cluster']) {
      const r = triangulate([command, GOOD[2], path, '--format', 'json']);
      assertClean(r, command);
      assert.equal(r.status, 0, r.stderr);
      const lines = linesNaming(r.stderr, path).filter((l) => l.includes('/date-out-of-range]'));
      assert.ok(lines.some((l) => l.includes('2031-03-03')) && lines.some((l) => l.includes('1970-01-01')), r.stderr);
      assert.ok(r.stdout.includes('in-2031') && r.stdout.includes('in-1970') && r.stdout.includes(GOOD[2]));
    }
  });

  test('a plausible date is not flagged (near miss)', () => {
    const path = put(dir, 'dated.jsonl', JSON.stringify(record('in-2025', 'Harbor bridge closed', BODY, '2025-03-03')));
    const r = triangulate(['cluster', path, '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /date-out-of-range/);
  });
});

describe('story sizes', () => {
  test('a stream of one article on standard input: one story, cited', () => {
    const r = triangulate(['brief', '-', '--format', 'json'], { input: GOOD_TEXT });
    assertClean(r, 'stdin');
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as Briefed;
    assert.equal(out.stories.length, 1);
    assert.deepEqual(out.stories[0].articles.map((a) => a.id), ['-']);
    assert.ok(out.stories[0].summary.length > 0);
  });

  test('one JSONL line on standard input', () => {
    const r = triangulate(['cluster', '-', '--format', 'json'], { input: JSON.stringify(record('only', 'Harbor bridge closed', BODY)) + '\n' });
    assertClean(r, 'stdin jsonl');
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual((JSON.parse(r.stdout) as { stories: { articles: string[] }[] }).stories.map((s) => s.articles), [['only']]);
  });

  test('empty standard input: a message naming "-"', () => {
    const r = triangulate(['brief', '-', GOOD[2], '--format', 'json'], { input: '' });
    assertClean(r, 'empty stdin');
    assert.equal(r.status, 1);
    assertNamed(r, '-', 'empty-input');
    assert.ok(briefIds(r).includes(GOOD[2]));
  });

  test('PNG bytes on standard input: binary-input naming "-"', () => {
    const r = triangulate(['brief', '-', GOOD[2], '--format', 'json'], { input: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) });
    assertClean(r, 'binary stdin');
    assert.equal(r.status, 1);
    assertNamed(r, '-', 'binary-input');
    assert.ok(briefIds(r).includes(GOOD[2]));
  });

  test('500 copies of one article: one story, copies reported, bounded time and memory', (t) => {
    const rows = Array.from({ length: 500 }, (_, i) => JSON.stringify(record(`copy-${String(i).padStart(3, '0')}`, 'Harbor Street bridge closed', BODY)));
    const path = put(dir, 'copies.jsonl', rows.join('\n') + '\n');
    const r = measured(['brief', path, GOOD[2], '--format', 'json'], 150_000);
    t.diagnostic(`wall ${Math.round(r.ms)} ms, CPU ${Math.round(r.cpuMs)} ms, peak RSS ${Math.round(r.rssMb)} MB`);
    assertClean(r, '500 copies');
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as Briefed;
    const story = out.stories.find((s) => s.articles.some((a) => a.id === 'copy-000'))!;
    assert.equal(story.articles.length, 500, 'all copies in one story');
    assert.ok(!story.articles.some((a) => a.id === GOOD[2]), 'the library article is not merged into the copies');
    assert.ok(story.summary.length > 0);
    assert.match(r.stderr, /\[cluster\/duplicate\]/);
    assert.ok(r.cpuMs < 45_000, `${Math.round(r.cpuMs)} ms of CPU`);
    assert.ok(r.rssMb < 1500, `${Math.round(r.rssMb)} MB`);
  });

  test('a story of 500 different articles: one briefing, capped and cited, bounded time and memory', (t) => {
    const path = put(dir, 'many.jsonl', manyArticles(500).map((x) => JSON.stringify(x)).join('\n') + '\n');
    const r = measured(['brief', path, GOOD[2], '--format', 'json'], 240_000);
    t.diagnostic(`wall ${Math.round(r.ms)} ms, CPU ${Math.round(r.cpuMs)} ms, peak RSS ${Math.round(r.rssMb)} MB`);
    assertClean(r, '500 articles');
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { stories: { articles: { id: string }[]; summary: { text: string; citations: unknown[] }[] }[] };
    const biggest = out.stories.reduce((a, b) => (b.articles.length > a.articles.length ? b : a));
    assert.ok(biggest.articles.length >= 450, `${biggest.articles.length} of 500 in the largest story`);
    assert.ok(biggest.summary.length > 0 && biggest.summary.every((x) => x.citations.length > 0));
    const words = biggest.summary.map((x) => x.text).join(' ').split(/\s+/).length;
    assert.ok(words <= 130, `${words} summary words for --words 120`);
    assert.ok(r.cpuMs < 90_000, `${Math.round(r.cpuMs)} ms of CPU`);
    assert.ok(r.rssMb < 2000, `${Math.round(r.rssMb)} MB`);
  });

  test('a page of 4,000 identical paragraphs (0.5 MB): briefed within a CPU bound', (t) => {
    const path = put(dir, 'repeated.html', hugeHtml(512 * 1024));
    const r = measured(['brief', path, '--format', 'json'], 120_000);
    t.diagnostic(`wall ${Math.round(r.ms)} ms, CPU ${Math.round(r.cpuMs)} ms, peak RSS ${Math.round(r.rssMb)} MB`);
    assertClean(r, 'repeated paragraphs');
    assert.equal(r.status, 0, r.stderr);
    assert.ok(briefIds(r).includes(path));
    assert.ok(r.cpuMs < 30_000, `${Math.round(r.cpuMs)} ms of CPU`);
  });

  // was 25 s of synthesis at 2 MB (18,200 sentences): fact pairs walked the postings of the
  // sentence's own article; src/synthesize/facts.ts now skips them (about 6 s of CPU in all)
  test('a page of identical paragraphs (2 MB): synthesis stays near-linear, briefed within a CPU bound', (t) => {
    const path = put(dir, 'repeated-2mb.html', hugeHtml(2 * 1024 * 1024));
    const r = measured(['brief', path, '--format', 'json'], 120_000);
    t.diagnostic(`wall ${Math.round(r.ms)} ms, CPU ${Math.round(r.cpuMs)} ms, peak RSS ${Math.round(r.rssMb)} MB`);
    assertClean(r, 'repeated paragraphs, 2 MB');
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.cpuMs < 30_000, `${Math.round(r.cpuMs)} ms of CPU`);
  });
});

describe('pages that are hard to read', () => {
  test('a 50 MB page (25 MB of inline script data, then the article): briefed within bounded time and memory, the article found', (t) => {
    const path = put(dir, 'bloated.html', bloatedHtml(49 * 1024 * 1024));
    const r = measured(['brief', GOOD[2], path, '--format', 'json'], 120_000);
    t.diagnostic(`wall ${Math.round(r.ms)} ms, CPU ${Math.round(r.cpuMs)} ms, peak RSS ${Math.round(r.rssMb)} MB`);
    assertClean(r, '50 MB page');
    assert.equal(r.status, 0, r.stderr);
    const ids = briefIds(r);
    assert.ok(ids.includes(GOOD[2]) && ids.includes(path), ids.join(', '));
    assert.ok(r.stdout.includes('Tomas Reyes'), 'the article text, not the script data, is briefed');
    assert.doesNotMatch(r.stdout, /abcdefghijabcdefghij|iVBORw0KGgoiVBORw0KGgo/);
    assert.ok(r.cpuMs < 30_000, `${Math.round(r.cpuMs)} ms of CPU`);
    assert.ok(r.rssMb < 2000, `${Math.round(r.rssMb)} MB`);
  });

  test('extract on the same 50 MB page: the article, not the data', () => {
    const path = join(dir, 'bloated.html');
    if (!existsSync(path)) put(dir, 'bloated.html', bloatedHtml(49 * 1024 * 1024));
    const r = triangulate(['extract', path], { timeoutMs: 120_000 });
    assertClean(r, 'extract 50 MB');
    assert.equal(r.status, 0, r.stderr);
    const a = JSON.parse(r.stdout) as { title: string; text: string };
    assert.match(a.text, /Tomas Reyes/);
    assert.ok(a.text.length < 5000, `${a.text.length} characters of text`);
  });

  for (const close of [false, true]) {
    test(`markup nested 100,000 levels (${close ? 'closed' : 'never closed'}): a too-large warning naming it, text still read`, () => {
      const path = put(dir, `deep-${close}.html`, deepHtml(100_000, close));
      const r = triangulate(['brief', GOOD[2], path, '--format', 'json'], { timeoutMs: 60_000 });
      assertClean(r, 'deep');
      assert.equal(r.status, 0, r.stderr);
      assertNamed(r, path, 'too-large');
      assert.ok(briefIds(r).includes(path) && briefIds(r).includes(GOOD[2]));
      assert.ok(r.stdout.includes('Riverton'));
    });
  }
});

describe('text that looks like markup', () => {
  const text = [
    '<script>alert(1)</script> Harbor bridge closed after "cracks" <img src=x onerror=alert(2)>',
    '',
    'Published: March 3, 2025',
    '',
    'The city of Riverton closed the Harbor Street bridge <script>alert(3)</script> on Monday after inspectors found cracks in two steel beams, officials said.',
    '',
    '"We will not reopen the bridge <b onmouseover=alert(4)>until</b> every beam has been checked," Mayor Alicia Moreno said on Monday.',
  ].join('\n');

  test('--format html escapes it: no live element or handler from the article, the words kept', () => {
    const path = put(dir, 'markup.txt', text);
    const r = triangulate(['brief', path, '--format', 'html']);
    assertClean(r, 'html');
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /<script>alert|<img src=x|<b onmouseover/i);
    assert.match(r.stdout, /&lt;script&gt;alert\(1\)/);
    assert.match(r.stdout, /Alicia Moreno/);
  });
});

describe('determinism', () => {
  const inputs = () => [...GOOD, EXAMPLE];
  const run = (args: string[]) => () => triangulate(['brief', ...args, '--format', 'json']);

  test('the same inputs twice give byte-identical JSON', () => {
    const [a, b] = sameBuild(run(inputs()), run(inputs()));
    assert.equal(a.status, 0, a.stderr);
    assert.ok(a.stdout.length > 1000);
    assert.ok(a.stdout === b.stdout, firstDifference(a.stdout, b.stdout));
  });

  test('inputs in another order give the same briefing', () => {
    const [a, b] = sameBuild(run(inputs()), run(inputs().reverse()));
    assert.equal(b.status, 0, b.stderr);
    assert.ok(a.stdout === b.stdout, firstDifference(a.stdout, b.stdout));
  });

  test('JSONL lines in another order (a stream out of date order) give the same stories', () => {
    // dated records, so that the reversed file is a stream out of chronological order
    const dates = ['2025-03-03', '2025-03-04', '2024-06-12'];
    const rows = [
      ...GOOD.map((p, i) => record(`good-${i}`, readFileSync(p, 'utf8').split('\n')[0], readFileSync(p, 'utf8').split('\n\n').slice(3).join('\n\n'), dates[i])),
      record('copy-a', 'Harbor Street bridge closed', BODY, '2025-03-05'),
      record('copy-b', 'Harbor Street bridge closed', BODY, '2025-03-03'),
    ].map((x) => JSON.stringify(x));
    const forward = put(dir, 'order-a.jsonl', rows.join('\n'));
    const backward = put(dir, 'order-b.jsonl', [...rows].reverse().join('\n'));
    const stories = (path: string) => {
      const r = triangulate(['cluster', path, '--format', 'json']);
      assert.equal(r.status, 0, r.stderr);
      return (JSON.parse(r.stdout) as { stories: { articles: string[] }[] }).stories.map((s) => [...s.articles].sort().join(' ')).sort();
    };
    const [a, b] = sameBuild(() => stories(forward), () => stories(backward));
    assert.deepEqual(b, a);
    assert.ok(a.some((s) => s.includes('copy-a') && s.includes('good-0')), a.join(' | '));
  });
});
