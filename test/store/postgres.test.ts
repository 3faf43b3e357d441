/**
 * The store contract on a real PostgreSQL started for this run (never a mock), plus an
 * unreachable server. Skipped loudly where Debian's postgresql package is missing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openStore, StoreError } from '../../src/store/index.js';
import { storeContract } from './contract.js';
import { announceSkip, postgresMissing, startPostgres, type PgServer } from './pg-server.js';

const missing = postgresMissing();
if (missing) announceSkip(missing);

describe('PostgreSQL store', { skip: missing ?? false }, () => {
  let server: PgServer;
  let n = 0;
  before(async () => {
    server = await startPostgres();
  });
  after(() => server?.stop());
  storeContract(async (clock) => openStore(await server.createDatabase(`t${++n}`), { now: () => clock.now }));

  test('an outage while serving: 503 with a reason, the server keeps serving, and recovers', async () => {
    const { createApp, lazyStore } = await import('../../src/serve/index.js');
    const url = await server.createDatabase('outage');
    const source = lazyStore(url);
    const app = createApp({ store: source });
    try {
      assert.equal((await app.request('/api/stories')).status, 200);
      server.pause();
      for (const path of ['/api/stories', '/api/search?q=x', '/']) {
        const res = await app.request(path);
        assert.equal(res.status, 503, path);
        if (path.startsWith('/api/')) assert.equal((await res.json()).error.rule, 'store-unavailable');
      }
      assert.equal((await app.request('/static/style.css')).status, 200);
      server.resume();
      let status = 0;
      // the pool reconnects on its own; allow it a few tries
      for (let i = 0; i < 20 && status !== 200; i++) {
        status = (await app.request('/api/stories')).status;
        if (status !== 200) await new Promise((r) => setTimeout(r, 250));
      }
      assert.equal(status, 200);
    } finally {
      await source.close();
    }
  });

  test('two stores opening one new database at once migrate it once', async () => {
    const url = await server.createDatabase('race');
    const stores = await Promise.all([openStore(url), openStore(url), openStore(url)]);
    for (const s of stores) assert.equal(await s.schemaVersion(), 1);
    await Promise.all(stores.map((s) => s.close()));
  });
});

describe('PostgreSQL that cannot be reached', () => {
  test('a refused connection is store-unavailable, naming the server without its password', async () => {
    // port 1 on loopback: nothing listens there
    await assert.rejects(openStore('postgres://user:secret@127.0.0.1:1/db'), (e: unknown) => {
      assert.ok(e instanceof StoreError, String(e));
      assert.equal(e.rule, 'store-unavailable');
      assert.ok(e.message.includes('127.0.0.1:1') && !e.message.includes('secret'), e.message);
      return true;
    });
  });
});
