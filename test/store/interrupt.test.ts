/** Ctrl-C on `triangulate ingest`: the jobs in hand are finished, none is stranded; a rerun goes on. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/index.js';
import { generatedDocuments } from './documents.js';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'triangulate-interrupt-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function ingest(folder: string, db: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', `import('./src/cli/main.ts').then(async (m) => { process.exitCode = await m.main(['ingest', ${JSON.stringify(folder)}, '--db', ${JSON.stringify(db)}, '--batch', '2']); })`], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c) => (stderr += c));
  const exit = new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr })));
  return { child, exit };
}

test('SIGINT stops after the jobs in hand; nothing is left claimed; running again finishes', async () => {
  const N = 80;
  const folder = join(dir, 'articles');
  mkdirSync(folder);
  for (const doc of generatedDocuments(N)) writeFileSync(join(folder, doc.id), doc.content);
  const db = join(dir, 'interrupt.db');
  const run = ingest(folder, db);
  // wait until some articles are stored, then interrupt
  for (let i = 0; i < 600; i++) {
    await new Promise((r) => setTimeout(r, 100));
    try {
      // a read-only connection: WAL readers never wait for the writer
      const reader = new Database(db, { readonly: true, fileMustExist: true });
      const { n } = reader.prepare('SELECT count(*) AS n FROM articles').get() as { n: number };
      reader.close();
      if (n >= 4) break;
    } catch {
      // not created yet
    }
  }
  run.child.kill('SIGINT');
  const first = await run.exit;
  assert.equal(first.signal, null, `exited by itself: ${first.stderr}`);
  const store = await openStore(db);
  const counts = await store.queueCounts();
  const stored = await store.countArticles();
  await store.close();
  assert.equal(counts.running, 0, 'no job left claimed');
  assert.ok(stored < N, `interrupted before the end (${stored} of ${N}): ${first.stderr}`);
  assert.match(first.stderr, /jobs still queued \(interrupted: run again to go on\)/);
  const second = await ingest(folder, db).exit;
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stderr, new RegExp(`${N} articles in \\d+ stories`));
});
