/**
 * URLs against a local HTTP server on 127.0.0.1 (never the internet): redirects, timeouts, size
 * cap, gzip bombs, charsets, robots.txt, private addresses.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { readUrl } from '../../src/ingest/url.js';
import { isPrivateAddress } from '../../src/ingest/net/address.js';
import { isAllowed, parseRobots } from '../../src/ingest/net/robots.js';

const ARTICLE = '<html><head><title>T</title></head><body><p>Café au lait and a long sentence of words.</p></body></html>';
let server: Server;
let base = '';
// compressed once: 50 MB of spaces are ~50 KB of gzip
const BOMB = gzipSync(Buffer.alloc(50_000_000, 0x20));

before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/robots.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('User-agent: *\nDisallow: /private\nAllow: /private/open\n');
    } else if (path === '/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(ARTICLE);
    } else if (path === '/latin1') {
      res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' });
      res.end(iconv.encode(ARTICLE, 'latin1'));
    } else if (path === '/meta-charset') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(iconv.encode(ARTICLE.replace('<head>', '<head><meta charset="windows-1252">'), 'windows-1252'));
    } else if (path.startsWith('/redirect/')) {
      const n = Number(path.split('/')[2]);
      res.writeHead(302, { location: n > 0 ? `/redirect/${n - 1}` : '/article' });
      res.end();
    } else if (path === '/slow') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html>');
      setTimeout(() => res.end('</html>'), 2000).unref();
    } else if (path === '/big') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<p>' + 'x'.repeat(200_000) + '</p>');
    } else if (path === '/gzip') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end(gzipSync(ARTICLE));
    } else if (path === '/bomb') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end(BOMB);
    } else if (path === '/feed') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Local News</title><item><title>One</title><link>${base}/article</link><pubDate>Tue, 10 Dec 2019 14:03:00 GMT</pubDate><description>Short.</description></item></channel></rss>`);
    } else if (path === '/image') {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    } else if (path.startsWith('/private')) {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(ARTICLE);
    } else {
      res.writeHead(404);
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server.close());

const local = { allowPrivateAddresses: true, timeoutMs: 1000, maxBytes: 100_000 };

test('a page is read, decoded and given its final URL', async () => {
  const rows: Array<[string, string]> = [
    ['/article', 'Café'],
    ['/latin1', 'Café'],
    ['/meta-charset', 'Café'],
    ['/gzip', 'Café'],
    ['/redirect/3', 'Café'],
    ['/private/open', 'Café'],
  ];
  for (const [path, expected] of rows) {
    const result = await readUrl(base + path, local);
    assert.deepEqual(result.messages, [], path);
    assert.equal(result.documents.length, 1, path);
    assert.ok(result.documents[0].content.includes(expected), `${path}: ${result.documents[0].content.slice(0, 80)}`);
    assert.equal(result.documents[0].id, base + path);
  }
  const redirected = await readUrl(`${base}/redirect/2`, local);
  assert.equal(redirected.documents[0].meta.url, `${base}/article`);
});

test('failures are values with a reason code naming the URL', async () => {
  const rows: Array<[string, string, object?]> = [
    ['/missing', 'fetch-failed'],
    ['/redirect/9', 'fetch-failed'],
    ['/slow', 'fetch-timeout', { timeoutMs: 300 }],
    ['/big', 'too-large'],
    ['/bomb', 'too-large', { timeoutMs: 4000 }],
    ['/private/closed', 'robots-disallowed'],
    ['/image', 'unknown-format'],
    ['/article', 'private-address', { allowPrivateAddresses: false }],
  ];
  for (const [path, rule, extra] of rows) {
    const started = Date.now();
    const result = await readUrl(base + path, { ...local, ...extra });
    assert.equal(result.documents.length, 0, path);
    assert.equal(result.messages[0]?.rule, rule, `${path}: ${JSON.stringify(result.messages)}`);
    assert.equal(result.messages[0]?.input, base + path);
    assert.ok(Date.now() - started < 5000, `${path} took too long`);
  }
  const unreachable = await readUrl('http://127.0.0.1:1/', local);
  assert.equal(unreachable.messages[0].rule, 'fetch-failed');
  const scheme = await readUrl('ftp://example.org/x', local);
  assert.equal(scheme.messages[0].rule, 'fetch-failed');
});

test('a feed URL gives its entries, and thin entries have their page fetched', async () => {
  const result = await readUrl(`${base}/feed`, { ...local, fetch: globalThis.fetch });
  assert.deepEqual(result.messages, []);
  assert.equal(result.documents.length, 1);
  const [doc] = result.documents;
  assert.ok(doc.content.includes('Café'), 'the entry page was fetched');
  assert.equal(doc.meta.title, 'One');
  assert.equal(doc.meta.outlet, 'Local News');
  assert.equal(doc.meta.published, '2019-12-10T14:03:00Z');
});

test('private addresses: loopback, RFC 1918, link-local, mapped IPv6; public ones are not', () => {
  const rows: Array<[string, boolean]> = [
    ['127.0.0.1', true], ['10.1.2.3', true], ['172.16.0.1', true], ['172.32.0.1', false], ['192.168.1.1', true],
    ['169.254.169.254', true], ['100.64.0.1', true], ['8.8.8.8', false], ['::1', true], ['fd00::1', true],
    ['::ffff:127.0.0.1', true], ['2001:4860::8888', false], ['not-an-ip', false],
  ];
  for (const [ip, expected] of rows) assert.equal(isPrivateAddress(ip), expected, ip);
});

test('robots.txt: our group over *, longest rule wins, wildcards', () => {
  const robots = parseRobots('User-agent: *\nDisallow: /\n\nUser-agent: triangulate\nDisallow: /news/*.pdf$\nAllow: /\nDisallow: /admin\n');
  const rows: Array<[string, boolean]> = [['/news/a.html', true], ['/news/a.pdf', false], ['/news/a.pdf?x=1', true], ['/admin/x', false], ['/adminx', false], ['/', true]];
  for (const [path, expected] of rows) assert.equal(isAllowed(robots, path), expected, path);
  assert.equal(isAllowed(parseRobots('User-agent: other\nDisallow: /\n'), '/x'), true, 'a group for another robot does not apply');
  assert.equal(isAllowed(parseRobots('User-agent: *\nDisallow:\n'), '/x'), true, 'an empty Disallow allows all');
});
