/**
 * Metadata read from exported text (title, outlet, published, url, language) and the door's
 * messages: `clutter-removed` with counts, `empty-input` and `too-short` when nothing is left.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText, extractTextReport } from '../../src/extract/text/index.js';
import { dateFromUrl } from '../../src/extract/dates.js';
import { outletFromUrl, registeredDomain } from '../../src/extract/text/outlets.js';

const BODY = 'The minister said on Tuesday that the talks would continue next week in Geneva, according to officials who attended the meeting.';
const BODY2 = 'Negotiators from both sides are expected to meet again before the end of the month to review the progress made so far.';

function meta(input: string, opts = {}) {
  const r = extractTextReport(input, opts);
  assert.ok(r.result.ok, JSON.stringify(r.result.messages));
  return { ...r.result.value, outletFrom: r.report!.outletFrom, messages: r.result.messages };
}

const outlets: [string, string, string | null, string | null][] = [
  ['table', `${BODY}\n\nOriginal url: <https://www.themoscowtimes.com/2019/12/11/russias-lavrov-calls-a68553>`, 'The Moscow Times', 'url'],
  ['fallback title-cases the registered domain', `${BODY}\n\nOriginal url: <https://news.examplegazette.co.uk/a/1>`, 'Examplegazette', 'url'],
  ['agency signature', `${BODY}\n\n${BODY2}\n\n(IANS)`, 'IANS', 'signature'],
  ['agency dateline', `WASHINGTON (Reuters) - ${BODY}\n\n${BODY2}`, 'Reuters', 'dateline'],
  ['byline naming an agency', `Talks to continue in Geneva\n\nBy [Reuters](#)\n\n${BODY}\n\n${BODY2}`, 'Reuters', 'byline'],
  ['legal footer names the publisher', `${BODY}\n\n${BODY2}\n\nRFE/RL has been declared an "undesirable organization" by the Russian government.`, 'RFE/RL', 'legal-footer'],
  ['share link of a known outlet', `Talks to continue\n\n${BODY}\n\nhttps://p.dw.com/p/3UZbK\n\n${BODY2}`, 'DW', 'link'],
  ['a person byline is not an outlet', `Talks to continue in Geneva\n\nBy Jane Doe\n\n${BODY}\n\n${BODY2}`, null, null],
  ['a city in parentheses is not a dateline agency', `PARIS (France) - ${BODY}\n\n${BODY2}`, null, null],
];
for (const [name, input, outlet, from] of outlets) {
  test(`outlet: ${name}`, () => {
    const m = meta(input);
    assert.equal(m.outlet, outlet);
    assert.equal(m.outletFrom, from);
  });
}

const bylines: [string, string | null, string | null, string | null][] = [
  ['By Jane Doe | December 11, 2019', 'Jane Doe', '2019-12-11', null],
  ['By John Smith and Jane Doe, Reuters', 'John Smith, Jane Doe', null, 'Reuters'],
  ['Written by J. Doe', 'J. Doe', null, null],
  ['By Jane Doe, staff writer', 'Jane Doe', null, null],
  ['By the time the talks ended, both sides had left Geneva.', null, null, null],
];
for (const [line, byline, published, outlet] of bylines) {
  test(`byline: ${line}`, () => {
    const m = meta(`Talks to continue in Geneva\n\n${line}\n\n${BODY}\n\n${BODY2}`);
    assert.equal(m.byline, byline);
    assert.equal(m.published, published);
    assert.equal(m.outlet, outlet);
    assert.equal(m.text.includes(line), byline === null);
  });
}

test('the url wins over a byline agency: the page is the outlet, the agency its byline', () => {
  const m = meta(`# Lavrov at the White House\n\nBy [Reuters](#)\n\nDecember 11, 2019\n\n${BODY}\n\n${BODY2}\n\nOriginal url: <https://www.themoscowtimes.com/2019/12/11/x-a68553>`);
  assert.equal(m.outlet, 'The Moscow Times');
  assert.equal(m.byline, 'Reuters');
  assert.equal(m.title, 'Lavrov at the White House');
  assert.equal(m.published, '2019-12-11');
  assert.equal(m.publishedBy, 'text');
  assert.equal(m.url, 'https://www.themoscowtimes.com/2019/12/11/x-a68553');
  assert.ok(!m.text.includes('Original url') && !m.text.includes('By Reuters') && !m.text.includes('December 11, 2019'));
  assert.ok(m.text.startsWith('Lavrov at the White House\n\n'), 'the title line stays in the text, without its heading marker');
});

test('YAML front matter: metadata read and removed, the title line in the text recognised', () => {
  const m = meta(`---\ntitle: "Talks to continue in Geneva"\nsource: https://www.reuters.com/world/talks-geneva-2021-10-14/\nauthor: Jane Doe\ndate: 2021-10-14T09:30:00Z\ntags: [diplomacy]\n---\n\n# Talks to continue in Geneva\n\n${BODY}\n\n${BODY2}`, { markdown: true });
  assert.equal(m.title, 'Talks to continue in Geneva');
  assert.equal(m.url, 'https://www.reuters.com/world/talks-geneva-2021-10-14/');
  assert.equal(m.byline, 'Jane Doe');
  assert.equal(m.published, '2021-10-14');
  assert.equal(m.outlet, 'Reuters');
  assert.ok(m.text.startsWith('Talks to continue in Geneva\n\nThe minister'), m.text);
  assert.ok(!m.text.includes('tags:') && !m.text.includes('---'));
});

test('"Key: value" lines of a reader service at the top are metadata', () => {
  const m = meta(`Title: Talks to continue in Geneva\n\nURL Source: https://www.example-news.com/talks\n\nPublished Time: 2021-10-14T09:30:00+00:00\n\nMarkdown Content:\n${BODY}\n\n${BODY2}`);
  assert.equal(m.title, 'Talks to continue in Geneva');
  assert.equal(m.url, 'https://www.example-news.com/talks');
  assert.equal(m.published, '2021-10-14');
  assert.equal(m.outlet, 'Example News');
  assert.ok(m.text.startsWith('The minister'), m.text);
});

test('fields that do not fit their key are text', () => {
  const m = meta(`Source: a senior official who asked not to be named.\n\nDate: Tuesday, after the vote\n\n${BODY}`, { title: null });
  assert.ok(m.text.startsWith('Source: a senior official'), m.text);
  assert.ok(m.text.includes('Date: Tuesday'));
  assert.equal(m.url, null);
});

test('published falls back to the date in the url path', () => {
  const m = meta(`${BODY}\n\nOriginal url: <https://example.com/news/2021/10/18/powell>`);
  assert.equal(m.published, '2021-10-18');
  assert.equal(m.publishedBy, 'url');
});

const urlDates: [string, string | null][] = [
  ['https://www.themoscowtimes.com/2019/12/11/russias-lavrov-calls-a68553', '2019-12-11'],
  ['https://www.politico.com/news/2021/10/18/general-colin-powell-obit-036445', '2021-10-18'],
  ['https://example.com/2019/02/30/x', null],
  ['https://example.com/product/1234/56/78', null],
  ['not a url', null],
];
for (const [url, expected] of urlDates) test(`url date: ${url}`, () => assert.equal(dateFromUrl(url), expected));

test('registered domains and outlet names', () => {
  assert.equal(registeredDomain('p.dw.com'), 'dw.com');
  assert.equal(registeredDomain('news.bbc.co.uk'), 'bbc.co.uk');
  assert.equal(outletFromUrl('https://www.reuters.com/world/x'), 'Reuters');
  assert.equal(outletFromUrl('https://abcnews.go.com/x'), 'ABC News');
  assert.equal(outletFromUrl('nonsense'), null);
});

test('title: a section label above it is removed, a body paragraph is never a title', () => {
  const m = meta(`Politics\n\nTrump meets Russia's top diplomat in Washington\n\nDecember 11, 2019\n\n${BODY}\n\n${BODY2}`);
  assert.equal(m.title, "Trump meets Russia's top diplomat in Washington");
  assert.ok(!m.text.includes('Politics'));
  assert.equal(meta(`${BODY} ${BODY2}\n\n${BODY2}`).title, null);
  assert.equal(meta(`WASHINGTON — The talks will continue.\n\n${BODY2}`).title, null, 'a dateline opens the body');
});

test('a menu of links above the title is not the title; a numbered list after it is content', () => {
  const m = meta(`* [Home](/)\n* [World](/world)\n\nTalks to continue in Geneva\n\n${BODY}\n\n1. First point of the plan\n2. Second point of the plan\n\n${BODY2}`, { markdown: true });
  assert.equal(m.title, 'Talks to continue in Geneva');
  assert.ok(!m.text.includes('Home') && m.text.includes('First point of the plan'));
});

test('a container title: only the same words are the title; null means none', () => {
  assert.equal(meta(`Talks Continue In Geneva\n\n${BODY}`, { title: 'Talks continue in Geneva' }).title, 'Talks Continue In Geneva');
  assert.equal(meta(`Short lead sentence here.\n\n${BODY}`, { title: null }).title, null);
});

test('language: English when long enough, null when short', () => {
  assert.equal(meta(`${BODY}\n\n${BODY2}`).language, 'en');
  assert.equal(meta('Talks continue.').language, null);
  assert.equal(meta('Der Außenminister sagte am Dienstag, die Gespräche würden nächste Woche in Genf fortgesetzt, wie Beamte mitteilten, die an dem Treffen teilnahmen.').language, 'de');
});

test('messages: clutter-removed counts by rule', () => {
  const m = meta(`Accessibility links\n\n${BODY}\n\nhttps://p.dw.com/p/3UZbK\n\n${BODY2}\n\n(IANS)`);
  const info = m.messages.find((x) => x.rule === 'clutter-removed');
  assert.ok(info && info.severity === 'info');
  assert.match(info.reason, /chrome 1/);
  assert.match(info.reason, /lone-url 1/);
  assert.match(info.reason, /signature 1/);
  assert.equal(meta(`${BODY}\n\n${BODY2}`).messages.length, 0, 'nothing removed: no message');
});

test('messages: empty input and nothing left are errors with reasons', () => {
  const empty = extractText('  \n\n \u00a0\n');
  assert.equal(empty.ok, false);
  assert.equal(empty.messages[0].rule, 'empty-input');
  const clutter = extractText('Accessibility links\n\nSkip to content\n\nhttps://example.com/a\n');
  assert.equal(clutter.ok, false);
  assert.equal(clutter.messages[0].rule, 'too-short');
  assert.match(clutter.messages[0].reason, /chrome|navigation|lone-url/);
});

test('CRLF line breaks and a byte-order mark are handled, offsets stay exact', () => {
  const input = `\ufeffTalks to continue\r\n\r\n${BODY}\r\n\r\n${BODY2}\r\n`;
  const m = meta(input);
  assert.equal(m.text, `Talks to continue\n\n${BODY}\n\n${BODY2}`);
  for (const s of m.sourceMap) assert.equal(input.slice(s.source, s.source + s.length), m.text.slice(s.text, s.text + s.length));
});

test('markdown input: bullets and emphasis markers go, words stay; plain text keeps them', () => {
  const md = `# Talks\n\n- The *first* round ended on _Tuesday_.\n- ${BODY}\n\n> ${BODY2}`;
  const m = meta(md, { markdown: true });
  assert.equal(m.text, `Talks\n\nThe first round ended on Tuesday.\n\n${BODY}\n\n${BODY2}`);
  const plain = meta(`Footnote marks *like this* stay in text exports and the_snake_case too.\n\n${BODY}`, { title: null });
  assert.ok(plain.text.includes('*like this*') && plain.text.includes('the_snake_case'));
});

// the shared URL-date reader (src/extract/dates.ts) checks real calendar days for both paths
test('url date: an impossible day in a dated path is no date', () => {
  assert.equal(dateFromUrl('https://example.com/2021/04/31/x'), null);
  assert.equal(dateFromUrl('https://example.com/2020/02/29/x'), '2020-02-29');
});
