/** The listening server: loopback by default with open writes; beyond loopback, writes need a token. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isLoopbackHost, openedStore, startServer } from '../../src/serve/index.js';
import { exampleStore } from './fixture.js';

const HOSTS: [string, boolean][] = [
  ['127.0.0.1', true], ['127.1.2.3', true], ['localhost', true], ['::1', true],
  ['0.0.0.0', false], ['::', false], ['192.168.1.10', false], ['10.0.0.1', false], ['localhost.example.com', false], ['128.0.0.1', false],
];
for (const [host, loopback] of HOSTS) test(`${host} is ${loopback ? '' : 'not '}loopback`, () => assert.equal(isLoopbackHost(host), loopback));

test('listening on all interfaces makes a token that writes need', async () => {
  const { store, cleanup } = await exampleStore();
  const server = await startServer({ store: openedStore(store), port: 0, host: '0.0.0.0' });
  try {
    assert.ok(server.token && server.token.length >= 24);
    const port = new URL(server.url.replace('0.0.0.0', '127.0.0.1')).port;
    const base = `http://127.0.0.1:${port}`;
    const body = JSON.stringify({ id: 'tok.json', title: 'Token test', text: 'The committee met on Friday and approved the budget, the chair said. Members voted eleven to two in favour of the plan.' });
    const refused = await fetch(`${base}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    assert.equal(refused.status, 401);
    const accepted = await fetch(`${base}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` }, body });
    assert.equal(accepted.status, 201, await accepted.text());
    assert.equal((await fetch(`${base}/api/stories`)).status, 200);
  } finally {
    await server.close();
    await cleanup();
  }
});

test('on loopback there is no token and writes are open', async () => {
  const { store, cleanup } = await exampleStore();
  const server = await startServer({ store: openedStore(store), port: 0, host: '127.0.0.1' });
  try {
    assert.equal(server.token, null);
    const res = await fetch(`${server.url}/api/articles?id=open.txt`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'Open door\n\nThe museum opened a new wing on Sunday, the director said. Visitors queued for hours to see the collection.' });
    assert.equal(res.status, 201, await res.text());
  } finally {
    await server.close();
    await cleanup();
  }
});
