/** `triangulate ingest` end to end through the CLI's main, and the progress reporter. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, test } from 'node:test';
import { main } from '../../src/cli/main.js';
import { createProgress } from '../../src/cli/progress.js';
import { openStore } from '../../src/store/index.js';

const EXAMPLE = join(import.meta.dirname, '..', '..', 'examples', 'lavrov-2019');
const dir = mkdtempSync(join(tmpdir(), 'triangulate-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  const code = await main(args, { stdout, stderr, stdin: new PassThrough() });
  return { code, stdout: out, stderr: err };
}

test('ingest stores the example; ingesting it again is a no-op; piped output has no progress line', async () => {
  const db = join(dir, 'example.db');
  const first = await cli(['ingest', EXAMPLE, '--db', db]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stderr, /5 articles stored, 0 already stored; 5 articles in \d+ stories/);
  assert.ok(!first.stderr.includes('\r'), 'no progress redraws when not a TTY');
  const second = await cli(['ingest', EXAMPLE, '--db', db]);
  assert.equal(second.code, 0);
  assert.match(second.stderr, /0 articles stored, 5 already stored; 5 articles/);
  const store = await openStore(db);
  assert.equal(await store.countArticles(), 5);
  await store.close();
});

test('a missing input is reported and the others are still stored (exit 1)', async () => {
  const db = join(dir, 'partial.db');
  const result = await cli(['ingest', join(EXAMPLE, '000_cacf121650992dee.txt'), join(dir, 'missing.txt'), '--db', db]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /missing\.txt: no such file or folder/);
  assert.match(result.stderr, /1 articles stored/);
});

test('a --db file that is not a database is a clear error (exit 1)', async () => {
  const db = join(dir, 'notes.txt');
  writeFileSync(db, 'shopping list: eggs, milk\n'.repeat(100));
  const result = await cli(['ingest', EXAMPLE, '--db', db]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /the file is not a database.*notes\.txt.*\[store\/not-a-database\]/);
});

test('misuse: no inputs, a bad --batch, watch without URLs', async () => {
  assert.equal((await cli(['ingest', '--db', join(dir, 'x.db')])).code, 2);
  assert.equal((await cli(['ingest', EXAMPLE, '--batch', '0', '--db', join(dir, 'x.db')])).code, 2);
  assert.equal((await cli(['watch', 'feeds.xml', '--db', join(dir, 'x.db')])).code, 2);
});

test('progress: redrawn in place on a TTY, throttled, silent when piped', () => {
  const writes: string[] = [];
  let t = 0;
  const tty = Object.assign(new PassThrough(), { isTTY: true });
  tty.on('data', (c) => writes.push(String(c)));
  const progress = createProgress(tty, () => t);
  t = 1000;
  progress.update({ articles: 10, stories: 2 });
  t = 1050; // within the redraw interval: not drawn
  progress.update({ articles: 11, stories: 2 });
  t = 2000;
  progress.update({ articles: 20, stories: 3 });
  progress.done();
  const text = writes.join('');
  assert.deepEqual(text.match(/\r/g)?.length, 3);
  assert.match(text, /10 articles \(10\.0\/s\), 2 stories/);
  assert.ok(!text.includes('11 articles'));
  assert.match(text, /20 articles \(10\.0\/s\), 3 stories updated\n$/);

  const piped: string[] = [];
  const pipe = new PassThrough();
  pipe.on('data', (c) => piped.push(String(c)));
  const quiet = createProgress(pipe, () => t);
  quiet.update({ articles: 5, stories: 1 });
  quiet.done();
  assert.deepEqual(piped, []);
});

test('watch --once reads a feed into the store; a second round stores nothing new', async () => {
  const { createServer } = await import('node:http');
  const entry = (n: number, title: string, body: string) =>
    `<item><title>${title}</title><link>http://feeds.test/${n}</link><guid>feed-${n}</guid><pubDate>Mon, 0${n} Mar 2026 10:00:00 GMT</pubDate><description>${body}</description></item>`;
  const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Local News</title><link>http://feeds.test/</link>
${entry(1, 'Council approves the bridge', 'The city council approved the new bridge on Monday after a long debate, officials said. Construction will start in spring and last two years, the mayor said in a statement to reporters.')}
${entry(2, 'Harbour reopens after the storm', 'The harbour reopened on Tuesday after the storm that closed it for six days, the port authority said. Ferries resumed their schedule in the afternoon and fishing boats returned to sea.')}
</channel></rss>`;
  const server = createServer((req, res) => {
    if (req.url === '/feed.xml') {
      res.setHeader('content-type', 'application/rss+xml');
      res.end(feed);
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/feed.xml`;
  const db = join(dir, 'watch.db');
  try {
    const refused = await cli(['watch', url, '--db', db, '--once']);
    assert.match(refused.stderr, /private/, 'a loopback feed needs --allow-private');
    const first = await cli(['watch', url, '--db', db, '--once', '--allow-private']);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /2 new or changed articles, 0 already stored/);
    const second = await cli(['watch', url, '--db', db, '--once', '--allow-private']);
    assert.match(second.stderr, /0 new or changed articles, 2 already stored/);
  } finally {
    server.close();
  }
});
