/**
 * End to end: bad inputs through the built CLI (`node bin/triangulate.js`, run `npx tsc -p .`
 * first), for every command that reads articles. Each bad input is given together with a good
 * article; the run must end in time, without a stack trace, with a stderr line naming the input
 * and the reason code, the right exit code, and the good article still in the output.
 * The inputs are generated into a temporary folder by robust-inputs.ts.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Server } from 'node:net';
import { CASES, SPLIT, assertClean, assertNamed, briefCase, writeCases } from './robust-cases.js';
import { GOOD, linesNaming, triangulate } from './robust-inputs.js';

let at: (rel: string) => string;
let cleanup: () => void;
before(() => ({ at, cleanup } = writeCases()));
after(() => cleanup());

describe('brief: one bad input beside a good article (files, encodings, folders)', () => {
  for (const c of CASES.slice(0, SPLIT)) (c.todo ? test.todo : test)(c.todo ? `${c.name}: ${c.todo}` : c.name, () => briefCase(c, at));
});
describe('extract, cluster and quotes: all bad inputs in one batch between two good articles', () => {
  const ready = () => CASES.filter((c) => !c.todo);
  const batch = (command: string) => {
    const r = triangulate([command, GOOD[0], ...ready().map((c) => at(c.input)), GOOD[2]], { timeoutMs: 120_000 });
    assertClean(r, command);
    assert.equal(r.status, 1, r.stderr);
    for (const c of ready()) if (c.severity === 'error') assertNamed(r, c.names ?? at(c.input), c.rule!);
    return r;
  };

  test('extract: one JSON line per article; the good ones and the readable bad ones are there', () => {
    const r = batch('extract');
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string });
    const ids = rows.map((x) => x.id);
    assert.ok(ids.includes(GOOD[0]) && ids.includes(GOOD[2]), ids.join(', '));
    for (const c of ready()) for (const s of c.keeps ?? []) assert.ok(rows.some((x) => x.text.includes(s)), `${c.name}: "${s}" in some extracted text`);
  });

  test('cluster: the good articles are in stories', () => {
    const r = batch('cluster');
    const ids = (JSON.parse(r.stdout).stories as { articles: string[] }[]).flatMap((s) => s.articles);
    assert.ok(ids.includes(GOOD[0]) && ids.includes(GOOD[2]), ids.join(', '));
  });

  test('quotes: the good articles\' quotes are there', () => {
    const r = batch('quotes');
    const quotes = JSON.parse(r.stdout) as { article: string; text: string }[];
    assert.ok(quotes.some((q) => q.article === GOOD[0] && q.text.includes('We will not reopen the bridge')), JSON.stringify(quotes.slice(0, 3)));
    assert.ok(quotes.some((q) => q.article === GOOD[2] && q.text.includes('Families asked for weekend hours')));
  });

  test('a duplicate id is reported under the file it came from, the id in the reason', () => {
    const r = triangulate(['extract', at('twice.jsonl')]);
    assertNamed(r, at('twice.jsonl'), 'duplicate');
  });

  test('extract: warnings of an input that still yields an article (encoding-guessed) are printed on stderr', () => {
    const r = triangulate(['extract', at('cp1252.txt')]);
    assertNamed(r, at('cp1252.txt'), 'encoding-guessed');
  });
});

describe('misuse: exit code 2 and a message naming the option', () => {
  const rows: [string, string[], RegExp][] = [
    ['--words 0', ['brief', GOOD[0], '--words', '0'], /--words.*"0"/],
    ['--words abc', ['brief', GOOD[0], '--words', 'abc'], /--words.*"abc"/],
    ['--words -5', ['brief', GOOD[0], '--words', '-5'], /--words/],
    ['--format yaml', ['brief', GOOD[0], '--format', 'yaml'], /format.*"yaml"/],
    ['cluster --format yaml', ['cluster', GOOD[0], '--format', 'yaml'], /format.*"yaml"/],
    ['brief with no inputs', ['brief'], /no inputs/],
    ['extract with no inputs', ['extract'], /no inputs/],
    ['quotes with no inputs', ['quotes', '--format', 'json'], /no inputs/],
    ['an unknown option', ['brief', GOOD[0], '--wrods', '50'], /wrods/],
    ['an unknown command', ['summarise', GOOD[0]], /unknown command "summarise"/],
  ];
  for (const [name, args, pattern] of rows) {
    test(name, () => {
      const r = triangulate(args);
      assertClean(r, name);
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, pattern);
      assert.equal(r.stdout.trim().startsWith('{'), false, 'no briefing on misuse');
    });
  }
  // near miss: a valid option value is not misuse
  test('--words 1 is valid', () => {
    const r = triangulate(['brief', GOOD[0], '--words', '1', '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
  });
});

describe('output and folders', () => {
  for (const [name, out] of [['--out in a folder that does not exist', () => at('no/such/folder/brief.md')], ['--out naming a folder', () => at('')]] as const) {
    test(`${name}: a message, not a stack trace`, () => {
      const r = triangulate(['brief', GOOD[2], '--out', out()]);
      assertClean(r, name);
      assert.ok(r.status === 1 || r.status === 2, String(r.status));
      assert.match(r.stderr, /triangulate/);
    });
  }

  test('a symbolic link to an article inside a folder is followed; a link looping back is reported', () => {
    const folder = at('linked');
    mkdirSync(folder, { recursive: true });
    symlinkSync(GOOD[2], join(folder, 'library.txt'));
    symlinkSync(folder, join(folder, 'loop'));
    writeFileSync(join(folder, 'bridge.txt'), readFileSync(GOOD[0]));
    const r = triangulate(['cluster', folder, '--format', 'json']);
    assertClean(r, 'symlinks');
    const ids = (JSON.parse(r.stdout) as { stories: { articles: string[] }[] }).stories.flatMap((x) => x.articles);
    assert.ok(ids.includes('library.txt'), `${ids.join(', ')}\n${r.stderr}`);
    assert.match(r.stderr, /loop: .*leads back to a folder already read/);
  });
});

describe('store: a --db that is not a database', () => {
  test('ingest --db on a text file: not-a-database naming the file, exit 1, no stack', () => {
    const db = `${at('')}not-a-db.sqlite`;
    writeFileSync(db, 'hello, I am a text file and not a database\n');
    const r = triangulate(['ingest', GOOD[2], '--db', db]);
    assertClean(r, 'ingest');
    assert.equal(r.status, 1, r.stderr);
    assert.ok(linesNaming(r.stderr, db).some((l) => l.includes('/not-a-database]')), r.stderr);
    assert.equal(readFileSync(db, 'utf8'), 'hello, I am a text file and not a database\n', 'the file is left as it was');
  });
  // near miss: a new file is a new database
  test('ingest --db on a new file works', () => {
    const r = triangulate(['ingest', GOOD[2], '--db', `${at('')}fresh.sqlite`]);
    assertClean(r, 'ingest fresh');
    assert.equal(r.status, 0, r.stderr);
  });
});

describe('URLs that fail', () => {
  let silent: Server;
  let silentPort = 0;
  let closedPort = 0;
  before(async () => {
    // a port that was free a moment ago and is closed now
    const probe = createServer();
    await new Promise<void>((ok) => probe.listen(0, '127.0.0.1', ok));
    closedPort = (probe.address() as { port: number }).port;
    await new Promise<void>((ok) => probe.close(() => ok()));
    // a server that accepts connections and never answers (while spawnSync blocks this process,
    // the connection waits in the backlog: it never answers either way)
    silent = createServer(() => {});
    await new Promise<void>((ok) => silent.listen(0, '127.0.0.1', ok));
    silentPort = (silent.address() as { port: number }).port;
  });
  after(() => silent.close());

  for (const [name, port] of [['closed port on 127.0.0.1', () => closedPort], ['local server that never answers', () => silentPort]] as const) {
    test(`${name}: a message naming the URL, the good article still briefed`, () => {
      const url = `http://127.0.0.1:${port()}/news/story.html`;
      const r = triangulate(['brief', url, GOOD[2], '--format', 'json'], { timeoutMs: 40_000 });
      assertClean(r, name);
      assert.equal(r.status, 1, r.stderr);
      const lines = linesNaming(r.stderr, url);
      assert.ok(lines.some((l) => /\/(private-address|fetch-failed|fetch-timeout)\]/.test(l)), r.stderr);
      assert.ok(r.stdout.includes(GOOD[2]));
    });
  }
  test('a slow URL ends at the deadline the user sets (--timeout, --allow-private for a loopback server)', () => {
    const url = `http://127.0.0.1:${silentPort}/news/story.html`;
    for (const command of ['brief', 'extract', 'cluster', 'quotes']) {
      const r = triangulate([command, url, GOOD[2], '--timeout', '1', '--allow-private', '--format', 'json'], { timeoutMs: 40_000 });
      assertClean(r, command);
      assert.equal(r.status, 1, r.stderr);
      assert.ok(linesNaming(r.stderr, url).some((l) => /\/fetch-timeout\]/.test(l) && /1000 ms/.test(l)), `${command}: ${r.stderr}`);
    }
  });

  test('--timeout expects a positive whole number of seconds', () => {
    const r = triangulate(['brief', GOOD[2], '--timeout', 'soon']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--timeout expects a positive whole number; got "soon"/);
  });
});
