/** WARC and WARC.gz: CC-NEWS style records, chunked and gzip bodies, truncated and broken files. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { readWarc } from '../../src/ingest/warc.js';

function record(type: string, uri: string, block: Buffer | string): Buffer {
  const body = Buffer.isBuffer(block) ? block : Buffer.from(block);
  const head = `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: 2019-12-11T03:04:05Z\r\nWARC-Record-ID: <urn:uuid:${uri.length}>\r\nContent-Type: application/http; msgtype=${type}\r\nContent-Length: ${body.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), body, Buffer.from('\r\n\r\n')]);
}

function http(headers: string, body: Buffer | string): Buffer {
  return Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\n${headers}\r\n\r\n`), Buffer.isBuffer(body) ? body : Buffer.from(body)]);
}

const PAGE = '<html><body><p>Déjà vu in the newsroom.</p></body></html>';
const chunked = (s: string) => `${Buffer.byteLength(s).toString(16)}\r\n${s}\r\n0\r\n\r\n`;

const RECORDS = [
  record('warcinfo', '', 'software: test'),
  record('request', 'https://news.example/a', 'GET /a HTTP/1.1\r\n\r\n'),
  record('response', 'https://news.example/a', http('Content-Type: text/html; charset=utf-8', PAGE)),
  record('response', 'https://news.example/b', http('Content-Type: text/html; charset=iso-8859-1', iconv.encode(PAGE, 'latin1'))),
  record('response', 'https://news.example/c', http('Content-Type: text/html\r\nTransfer-Encoding: chunked', chunked(PAGE))),
  record('response', 'https://news.example/d', http('Content-Type: text/html\r\nContent-Encoding: gzip', gzipSync(PAGE))),
  record('response', 'https://news.example/logo.png', http('Content-Type: image/png', 'PNG')),
];

test('HTML responses become documents with the target URI as id and url', async () => {
  const plain = Buffer.concat(RECORDS);
  // CC-NEWS style: one gzip member per record
  const members = Buffer.concat(RECORDS.map((r) => gzipSync(r)));
  for (const [name, bytes] of [['plain', plain], ['multi-member gzip', members]] as const) {
    const result = await readWarc(bytes, 'crawl.warc', {});
    assert.deepEqual(result.messages, [], name);
    assert.deepEqual(result.documents.map((d) => d.id), ['https://news.example/a', 'https://news.example/b', 'https://news.example/c', 'https://news.example/d'], name);
    for (const doc of result.documents) {
      assert.equal(doc.content, PAGE, `${name} ${doc.id}`);
      assert.equal(doc.meta.url, doc.id);
      assert.equal(doc.origin, 'crawl.warc');
    }
  }
});

test('broken WARC files are reported and what can be read is kept', async () => {
  const whole = Buffer.concat(RECORDS.slice(0, 3));
  const truncated = await readWarc(whole.subarray(0, whole.length - 30), 'cut.warc', {});
  assert.equal(truncated.documents.length, 0);
  assert.ok(truncated.messages.some((m) => m.rule === 'malformed-warc' && /truncated/.test(m.reason)), JSON.stringify(truncated.messages));

  const garbageFirst = await readWarc(Buffer.concat([Buffer.from('garbage line\n'), ...RECORDS.slice(2, 3)]), 'g.warc', {});
  assert.equal(garbageFirst.documents.length, 1, 'resynchronises on the next WARC/ line');
  assert.equal(garbageFirst.messages[0].rule, 'malformed-warc');

  const notWarc = await readWarc(Buffer.from('<html>not a warc</html>'), 'x.warc', {});
  assert.equal(notWarc.documents.length, 0);
  assert.equal(notWarc.messages[0].rule, 'malformed-warc');
  assert.equal(notWarc.messages[0].severity, 'error');

  const noHtml = await readWarc(Buffer.concat(RECORDS.slice(0, 2)), 'n.warc', {});
  assert.equal(noHtml.messages[0].rule, 'no-articles');

  const bomb = gzipSync(Buffer.alloc(20_000_000, 0x41));
  const bombed = await readWarc(bomb, 'bomb.warc.gz', { maxBytes: 1_000_000 });
  assert.equal(bombed.messages[0].rule, 'too-large');
});
