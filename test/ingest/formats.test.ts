/**
 * Every input a user has, through `ingest()` and `extract()` end to end: feeds and WARC files on
 * disk, a feed that is not one, a gzip bomb, a truncated page. A bad input gives a message naming
 * it and the rest of the batch goes on.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { extract } from '../../src/extract/index.js';
import { ingest } from '../../src/ingest/index.js';

const PROSE = 'The harbour authority said on Thursday that the port would reopen after a week-long closure caused by the storm, and that ferries would run a reduced timetable until Sunday.';
const PAGE = `<html><head><title>Port reopens</title></head><body><article><h1>Port reopens</h1><p>${PROSE}</p><p>${PROSE}</p></article></body></html>`;

function warcRecord(uri: string, html: string): Buffer {
  const http = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}`);
  return Buffer.concat([Buffer.from(`WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: 2020-05-06T07:08:09Z\r\nContent-Length: ${http.length}\r\n\r\n`), http, Buffer.from('\r\n\r\n')]);
}

test('a mixed batch: good inputs read, bad ones reported by name', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-formats-'));
  const file = (name: string, content: string | Buffer) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };
  const rss = file('news.rss', `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour News</title><item><title>Port reopens</title><link>https://harbour.example/2020/05/06/port</link><pubDate>Wed, 06 May 2020 07:00:00 GMT</pubDate><description><![CDATA[<p>${PROSE}</p><p>${PROSE}</p>]]></description></item></channel></rss>`);
  const notFeed = file('page.xml', PAGE);
  const warc = file('crawl.warc.gz', Buffer.concat([gzipSync(warcRecord('https://a.example/1', PAGE)), gzipSync(warcRecord('https://a.example/2', PAGE))]));
  const bomb = file('bomb.html.gz', gzipSync(Buffer.alloc(60 * 1024 * 1024, 0x20)));
  const truncated = file('cut.html', PAGE.slice(0, PAGE.length - 60));
  const textFeed = file('words.atom', 'just words, not XML at all');

  const { documents, messages } = await ingest([rss, notFeed, warc, bomb, truncated, textFeed]);
  assert.deepEqual(documents.map((d) => d.id), ['https://harbour.example/2020/05/06/port', 'https://a.example/1', 'https://a.example/2', truncated]);
  const problems = messages.map((m) => [m.input, m.rule]);
  assert.deepEqual(problems, [[notFeed, 'malformed-feed'], [bomb, 'too-large'], [textFeed, 'malformed-feed']]);

  const articles = documents.map((d) => extract(d));
  assert.ok(articles.every((a) => a.ok), JSON.stringify(articles.filter((a) => !a.ok)));
  const [fromFeed, fromWarc] = articles.map((a) => (a.ok ? a.value : null));
  assert.equal(fromFeed?.outlet, 'Harbour News');
  // the extract door normalises container dates its own way; the instant is what matters here
  assert.equal(Date.parse(fromFeed?.published ?? ''), Date.parse('2020-05-06T07:00:00Z'));
  assert.equal(fromFeed?.publishedBy, 'container');
  assert.equal(fromWarc?.url, 'https://a.example/1');
  assert.match(fromWarc?.text ?? '', /harbour authority/);
});
