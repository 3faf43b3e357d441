/** The store contract on SQLite, plus what only a file can do wrong. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { openStore, StoreError } from '../../src/store/index.js';
import { storeContract } from './contract.js';

const dir = mkdtempSync(join(tmpdir(), 'triangulate-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

describe('SQLite store', () => {
  storeContract((clock) => openStore(join(dir, `t${++n}.db`), { now: () => clock.now }));
});

describe('SQLite files that are not stores', () => {
  test('a file that is not a database is a not-a-database StoreError', async () => {
    const path = join(dir, 'notes.db');
    writeFileSync(path, 'these are my notes, not a database\n'.repeat(200));
    await assert.rejects(openStore(path), (e: unknown) => e instanceof StoreError && e.rule === 'not-a-database' && e.message.includes(path));
  });
  test('a file in a folder that does not exist is store-unavailable', async () => {
    await assert.rejects(openStore(join(dir, 'no', 'such', 'folder', 'x.db')), (e: unknown) => e instanceof StoreError && e.rule === 'store-unavailable');
  });
  test('reopening a store keeps its articles and schema', async () => {
    const path = join(dir, 'reopen.db');
    const first = await openStore(path);
    await first.enqueue([{ kind: 'url', key: 'k', payload: 'https://example.org/' }]);
    await first.close();
    const second = await openStore(path);
    assert.deepEqual(await second.queueCounts(), { queued: 1, running: 0, done: 0, failed: 0 });
    await second.close();
  });
});
