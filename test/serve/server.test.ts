/** The listening server: loopback by default with open writes; beyond loopback, writes need a token. */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
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

test('serve: a port out of range is misuse (2); a port in use is a clear error (1)', async () => {
  const { PassThrough } = await import('node:stream');
  const { createServer } = await import('node:net');
  const { main } = await import('../../src/cli/main.js');
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-serve-cli-'));
  const run = async (args: string[]) => {
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (c) => (err += c));
    const code = await main(['serve', '--db', join(dir, 'x.db'), ...args], { stdout: new PassThrough(), stderr, stdin: new PassThrough() });
    return { code, err };
  };
  const busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  try {
    const outOfRange = await run(['--port', '70000']);
    assert.equal(outOfRange.code, 2);
    assert.match(outOfRange.err, /0 to 65535/);
    const inUse = await run(['--port', String((busy.address() as AddressInfo).port)]);
    assert.equal(inUse.code, 1);
    assert.match(inUse.err, /cannot listen on 127\.0\.0\.1:\d+: .*EADDRINUSE/);
  } finally {
    busy.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
