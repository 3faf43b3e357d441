/**
 * Concurrency and crashes, on both databases:
 * - two worker processes sharing one store (SKIP LOCKED queue on PostgreSQL) lose and duplicate nothing;
 * - a worker killed with SIGKILL in the middle of an ingest loses nothing committed, and the store
 *   reopens and resumes.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openStore } from '../../src/store/index.js';
import { work } from '../../src/store/ingest.js';
import { announceSkip, postgresMissing, startPostgres, type PgServer } from './pg-server.js';

const CHILD = join(import.meta.dirname, 'worker-child.ts');
const ROOT = join(import.meta.dirname, '..', '..');

function startWorker(db: string, worker: string, enqueue?: number, waitForGo = false): { child: ChildProcess; lines: AsyncIterableIterator<string>; exit: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, db, worker, ...(enqueue ? [String(enqueue)] : [])], {
    cwd: ROOT,
    stdio: [waitForGo ? 'pipe' : 'ignore', 'pipe', 'inherit'],
    env: { ...process.env, WAIT_FOR_GO: waitForGo ? '1' : '0' },
  });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, lines, exit };
}

async function readUntil(lines: AsyncIterableIterator<string>, predicate: (line: string) => boolean, seen: string[] = []): Promise<string[]> {
  for (;;) {
    const { value, done } = await lines.next();
    if (done) return seen;
    seen.push(value);
    if (predicate(value)) return seen;
  }
}

/** Every stored article is in exactly one story. */
async function assertAllClustered(db: string, n: number): Promise<void> {
  const store = await openStore(db);
  try {
    assert.equal(await store.countArticles(), n);
    assert.deepEqual(await store.unclusteredArticles(10), []);
    const { items } = await store.listStories({ order: 'newest', limit: 100, offset: 0 });
    const stories = await Promise.all(items.map(async (s) => (await store.getStory(s.id))!));
    const ids = stories.flatMap((s) => s.articleIds);
    assert.equal(new Set(ids).size, ids.length, 'no article in two stories');
    // an article the clusterer judged off-topic may be listed only there
    assert.equal(new Set([...ids, ...stories.flatMap((s) => s.offTopic)]).size, n, 'every article placed');
  } finally {
    await store.close();
  }
}

/** Job attempts by state, read straight from the database. */
async function jobRows(db: string): Promise<{ state: string; attempts: number; worker: string }[]> {
  if (db.startsWith('postgres')) {
    const client = new pg.Client({ connectionString: db });
    await client.connect();
    try {
      return (await client.query('SELECT state, attempts, worker FROM jobs ORDER BY id')).rows;
    } finally {
      await client.end();
    }
  }
  const sqlite = new Database(db, { readonly: true });
  try {
    return sqlite.prepare('SELECT state, attempts, worker FROM jobs ORDER BY id').all() as never;
  } finally {
    sqlite.close();
  }
}

function suite(name: string, newDb: () => Promise<string>) {
  describe(name, () => {
    test('two concurrent workers lose and duplicate nothing', async () => {
      const N = 40;
      const db = await newDb();
      // the first enqueues; both start working at once
      const w1 = startWorker(db, 'w1', N, true);
      await readUntil(w1.lines, (l) => l === 'ready');
      const w2 = startWorker(db, 'w2', undefined, true);
      await readUntil(w2.lines, (l) => l === 'ready');
      w1.child.stdin!.end('go\n');
      w2.child.stdin!.end('go\n');
      const [out1, out2] = await Promise.all([readUntil(w1.lines, (l) => l.startsWith('done ')), readUntil(w2.lines, (l) => l.startsWith('done '))]);
      assert.equal(await w1.exit, 0);
      assert.equal(await w2.exit, 0);
      const stored1 = out1.filter((l) => l.startsWith('stored ')).map((l) => l.slice(7));
      const stored2 = out2.filter((l) => l.startsWith('stored ')).map((l) => l.slice(7));
      assert.equal(stored1.length + stored2.length, N, 'every job done once');
      assert.equal(new Set([...stored1, ...stored2]).size, N, 'no job done twice');
      // both really worked: the queue was shared, not drained by one
      assert.ok(stored1.length > 0 && stored2.length > 0, `w1 ${stored1.length}, w2 ${stored2.length}`);
      const jobs = await jobRows(db);
      assert.equal(jobs.length, N);
      assert.ok(jobs.every((j) => j.state === 'done' && Number(j.attempts) === 1), JSON.stringify(jobs.filter((j) => j.state !== 'done' || Number(j.attempts) !== 1)));
      await assertAllClustered(db, N);
    });

    test('SIGKILL in the middle of an ingest loses nothing committed; the store reopens and resumes', async () => {
      const N = 60;
      const db = await newDb();
      const w = startWorker(db, 'doomed', N);
      let count = 0;
      const seen = await readUntil(w.lines, (l) => l.startsWith('stored ') && ++count >= 8);
      w.child.kill('SIGKILL');
      assert.equal(await w.exit, null, 'killed, not finished');
      const committed = seen.filter((l) => l.startsWith('stored ')).map((l) => l.slice(7));
      assert.ok(committed.length >= 8);
      // the store opens, and everything reported committed is there
      const later = new Date(Date.now() + 10 * 60 * 1000); // past the dead worker's lease
      const store = await openStore(db, { now: () => later });
      try {
        for (const id of committed) assert.ok(await store.getArticle(id), `${id} survived`);
        const counts = await store.queueCounts();
        assert.ok(counts.done >= committed.length && counts.done < N, JSON.stringify(counts));
        // resume: a new worker takes over the dead one's jobs and finishes
        await work(store, { worker: 'resumer' });
        assert.deepEqual(await store.queueCounts(), { queued: 0, running: 0, done: N, failed: 0 });
      } finally {
        await store.close();
      }
      if (!db.startsWith('postgres')) {
        const sqlite = new Database(db, { readonly: true });
        assert.equal(sqlite.pragma('integrity_check', { simple: true }), 'ok');
        sqlite.close();
      }
      await assertAllClustered(db, N);
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'triangulate-workers-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
suite('SQLite: workers and crashes', async () => join(dir, `w${++n}.db`));

const missing = postgresMissing();
if (missing) announceSkip(missing);
describe('PostgreSQL', { skip: missing ?? false }, () => {
  let server: PgServer;
  before(async () => {
    server = await startPostgres();
  });
  after(() => server?.stop());
  suite('PostgreSQL: workers and crashes (SKIP LOCKED)', () => server.createDatabase(`w${++n}`));
});
