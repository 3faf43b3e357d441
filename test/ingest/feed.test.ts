/** Feeds: RSS 2.0, RSS 1.0, Atom and JSON Feed, offline (each entry's own content) and broken ones. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { feedDate, readFeed } from '../../src/ingest/feed.js';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>The Daily Example</title><link>https://example.org/</link>
<item><title>Lavrov visits &amp; talks</title><link>https://example.org/2019/12/10/lavrov</link>
<guid isPermaLink="false">abc-1</guid><pubDate>Tue, 10 Dec 2019 14:03:00 +0000</pubDate><dc:creator>Jane Doe</dc:creator>
<description>Short summary.</description><content:encoded><![CDATA[<p>Full <b>text</b> of the article.</p>]]></content:encoded></item>
<item><title>Second</title><link>https://example.org/second</link><description>&lt;p&gt;Escaped HTML summary.&lt;/p&gt;</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Outlet</title>
<entry><title type="html">Atom entry</title><link rel="alternate" href="https://atom.example/a"/><link rel="enclosure" href="https://atom.example/a.mp3"/>
<id>urn:uuid:1</id><published>2019-12-11T09:00:00-05:00</published><author><name>Ana López</name></author><author><name>Bob Li</name></author>
<content type="html">&lt;p&gt;Atom body.&lt;/p&gt;</content></entry></feed>`;

const RDF = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel><title>RDF News</title></channel><item><title>R1</title><link>https://rdf.example/1</link><description>RDF body.</description></item></rdf:RDF>`;

const JSON_FEED = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'JSON Outlet', items: [
  { id: '1', url: 'https://json.example/1', title: 'J1', content_html: '<p>JSON body.</p>', date_published: '2019-12-12T10:00:00Z', authors: [{ name: 'C. D. Writer' }] },
  { id: '2', title: 'J2', content_text: 'Plain <text>.' },
] });

test('each entry becomes a document with its content and metadata', async () => {
  const rss = await readFeed(RSS, 'feed.rss');
  assert.deepEqual(rss.messages, []);
  assert.equal(rss.documents.length, 2);
  const [first, second] = rss.documents;
  assert.equal(first.id, 'https://example.org/2019/12/10/lavrov');
  assert.equal(first.kind, 'html');
  assert.equal(first.content, '<p>Full <b>text</b> of the article.</p>', 'content:encoded wins over description');
  assert.deepEqual(first.meta, { title: 'Lavrov visits & talks', url: 'https://example.org/2019/12/10/lavrov', published: '2019-12-10T14:03:00Z', byline: 'Jane Doe', outlet: 'The Daily Example' });
  assert.equal(second.content, '<p>Escaped HTML summary.</p>');

  const atom = await readFeed(ATOM, 'a.atom');
  assert.equal(atom.documents[0].meta.url, 'https://atom.example/a', 'the alternate link, not the enclosure');
  assert.equal(atom.documents[0].meta.byline, 'Ana López, Bob Li');
  assert.equal(atom.documents[0].meta.published, '2019-12-11T14:00:00Z');
  assert.equal(atom.documents[0].content, '<p>Atom body.</p>');

  const sloppy = await readFeed(RSS.replace('Lavrov visits &amp; talks', 'Lavrov visits & talks'), 'sloppy.rss');
  assert.equal(sloppy.documents[0]?.meta.title, 'Lavrov visits & talks', 'a bare & is repaired');

  const rdf = await readFeed(RDF, 'r.rdf');
  assert.equal(rdf.documents[0].meta.outlet, 'RDF News');

  const json = await readFeed(JSON_FEED, 'f.json');
  assert.equal(json.documents.length, 2);
  assert.equal(json.documents[0].meta.byline, 'C. D. Writer');
  assert.equal(json.documents[1].content, '<p>Plain &lt;text&gt;.</p>', 'content_text is escaped, not read as markup');
  assert.equal(json.documents[1].id, '2');
});

test('what is not a feed is a malformed-feed message naming the input', async () => {
  const rows: Array<[string, string]> = [
    ['this is plain text, not XML', 'malformed-feed'],
    ['<html><body><p>an HTML page saved as .xml</p></body></html>', 'malformed-feed'],
    ['<?xml version="1.0"?><rss><channel><item><title>unclosed', 'malformed-feed'],
    ['<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><rss><channel><title>&b;</title></channel></rss>', 'malformed-feed'],
    ['{"version": "1", "items": []}', 'malformed-feed'],
    ['<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>', 'no-articles'],
  ];
  for (const [content, rule] of rows) {
    const result = await readFeed(content, 'bad.xml');
    assert.equal(result.documents.length, 0, content);
    assert.equal(result.messages[0]?.rule, rule, `${content}: ${JSON.stringify(result.messages)}`);
    assert.equal(result.messages[0]?.input, 'bad.xml');
  }
});

test('an entry without content offline is reported, the others still read', async () => {
  const feed = RSS.replace('<description>&lt;p&gt;Escaped HTML summary.&lt;/p&gt;</description>', '');
  const result = await readFeed(feed, 'feed.rss');
  assert.equal(result.documents.length, 1);
  assert.equal(result.messages[0].rule, 'empty-input');
  assert.match(result.messages[0].reason, /Second/);
});

test('feed dates: RFC 822 and ISO to ISO 8601; garbage to null', () => {
  const rows: Array<[string, string | null]> = [
    ['Tue, 10 Dec 2019 14:03:00 GMT', '2019-12-10T14:03:00Z'],
    ['Tue, 10 Dec 2019 09:03:00 -0500', '2019-12-10T14:03:00Z'],
    ['2019-12-11', '2019-12-11'],
    ['yesterday-ish', null],
  ];
  for (const [input, expected] of rows) assert.equal(feedDate(input), expected, input);
});
