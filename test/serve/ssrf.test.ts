/** The SSRF guard: which addresses are refused, checked after name resolution. */
import assert from 'node:assert/strict';
import type { LookupAddress } from 'node:dns';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { checkUrl, guardedFetch, isPrivateAddress } from '../../src/serve/ssrf.js';

const PRIVATE: string[] = [
  '127.0.0.1', '127.255.255.254', '10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254',
  '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255', '198.18.0.1',
  '::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:a9fe:a9fe', '64:ff9b::10.0.0.1', 'ff02::1',
  'not-an-address',
];
// look private and are not: neighbours of the blocked ranges
const PUBLIC: string[] = ['8.8.8.8', '93.184.216.34', '172.15.255.255', '172.32.0.1', '192.169.0.1', '100.63.255.255', '100.128.0.1', '169.255.0.1', '11.0.0.1', '2606:4700::1111', '::ffff:8.8.8.8', '2a00:1450:4001::1'];

for (const address of PRIVATE) test(`${address} is refused`, () => assert.equal(isPrivateAddress(address), true));
for (const address of PUBLIC) test(`${address} is allowed`, () => assert.equal(isPrivateAddress(address), false));

/** A resolver that answers from a table, as DNS would. */
const fakeLookup = ((host: string, _opts: object, callback: (e: NodeJS.ErrnoException | null, a: LookupAddress[]) => void) => {
  const table: Record<string, string[]> = {
    'news.example': ['93.184.216.34'],
    'rebind.example': ['93.184.216.34', '10.0.0.5'],
    'metadata.example': ['169.254.169.254'],
  };
  const addresses = table[host];
  if (!addresses) return callback(Object.assign(new Error('not found'), { code: 'ENOTFOUND' }), []);
  callback(null, addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })));
}) as never;

const URLS: [string, string | null][] = [
  ['http://news.example/story', null],
  ['https://news.example:8443/a?b=c', null],
  ['http://metadata.example/latest/meta-data/', 'private-address'],
  ['http://rebind.example/', 'private-address'],
  ['http://127.0.0.1:8080/', 'private-address'],
  ['http://[::1]/', 'private-address'],
  ['http://0x7f000001/', 'private-address'],
  ['http://2130706433/', 'private-address'],
  ['http://localhost./', 'fetch-failed'],
  ['http://unknown.example/', 'fetch-failed'],
  ['file:///etc/passwd', 'bad-request'],
  ['gopher://news.example/', 'bad-request'],
  ['http://user:pw@news.example/', 'bad-request'],
  ['not a url', 'bad-request'],
];
for (const [url, rule] of URLS) {
  test(`checkUrl ${url} -> ${rule ?? 'allowed'}`, async () => {
    const refusal = await checkUrl(url, { lookup: fakeLookup });
    assert.equal(refusal?.rule ?? null, rule, refusal?.reason);
  });
}

test('the guarded fetch refuses a loopback server, and reaches it only when private addresses are allowed', async () => {
  const server = createServer((_req, res) => res.end('hello'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  try {
    await assert.rejects(guardedFetch()(url), /private address/);
    const response = await guardedFetch({ allowPrivate: true })(url);
    assert.equal(await response.text(), 'hello');
  } finally {
    server.close();
  }
});

test('the guarded fetch checks the address at connect time (a name that resolves to a private address)', async () => {
  const lookupToLoopback = ((_h: string, _o: object, cb: (e: null, a: LookupAddress[]) => void) => cb(null, [{ address: '127.0.0.1', family: 4 }])) as never;
  await assert.rejects(guardedFetch({ lookup: lookupToLoopback })('http://innocent.example:9/'), /private address/);
});
