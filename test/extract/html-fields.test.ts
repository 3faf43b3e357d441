/**
 * Per-field cleaners of HTML extraction, table-driven, with negative rows (things that look like
 * a match and are not).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanByline } from '../../src/extract/html/byline.js';
import { attributeWords, namesBoilerplate } from '../../src/extract/html/clean.js';
import { cleanTitle } from '../../src/extract/html/metadata.js';
import { dateFromUrl, normaliseDate } from '../../src/extract/dates.js';
import { dateFromText } from '../../src/extract/html/published.js';
import { detectLanguage } from '../../src/extract/language.js';
import { parseHTML } from 'linkedom';

test('byline: people only', () => {
  const rows: Array<[string, string | null]> = [
    ['By Jane Doe', 'Jane Doe'],
    ['By Jane Doe, Senior Reporter', 'Jane Doe'],
    ['BY JOHN SMITH AND ANA LÓPEZ', 'John Smith, Ana López'],
    ['Jane Doe | 3 Minute Read', 'Jane Doe'],
    ['By Jane Doe Updated December 11, 2019 3:04 PM', 'Jane Doe'],
    ['Jane Doe Email the author', 'Jane Doe'],
    ['Jane Doe @janedoe', 'Jane Doe'],
    ['Jane Doe and Richard Roe, Reuters', 'Jane Doe, Richard Roe'],
    ['Finian Cunningham. Sputnik International', 'Finian Cunningham'],
    ['Ludwig van Beethoven', 'Ludwig van Beethoven'],
    ['Mike Wuerthele, Malcolm Owen Monday, November 18, 2019', 'Mike Wuerthele, Malcolm Owen'],
    ['Telegraph Sport', null],
    // not people
    ['Associated Press', null],
    ['Staff Reporter', null],
    ['Reuters Staff', null],
    ['3 min read', null],
    ['Dec 11, 2019', null],
    ['admin', null],
    ['https://www.facebook.com/janedoe', null],
    ['', null],
  ];
  for (const [raw, expected] of rows) assert.equal(cleanByline(raw), expected, raw);
  assert.equal(cleanByline('Tanza Loudenback, Business Insider', 'Business Insider Deutschland'), 'Tanza Loudenback');
  assert.equal(cleanByline('Tom Hill', 'The Hill'), 'Tom Hill', 'a name that shares a word with the outlet stays');
});

test('published: normalised to ISO, implausible dates refused', () => {
  const rows: Array<[string, string | null]> = [
    ['2019-12-11', '2019-12-11'],
    ['2019-12-11T09:03:00-05:00', '2019-12-11T14:03:00Z'],
    ['2019-12-11T09:03:00.123Z', '2019-12-11T09:03:00Z'],
    ['2019-12-11T09:03:00', '2019-12-11'],
    ['20191211', '2019-12-11'],
    ['December 11, 2019', '2019-12-11'],
    ['11 December 2019', '2019-12-11'],
    ['1576072980', '2019-12-11'],
    // not dates, or not plausible ones
    ['Version: 1.1.3', null],
    ['0000-00-00', null],
    ['1970-01-01', null],
    ['December 2019', null],
    ['yesterday', null],
    ['', null],
  ];
  for (const [input, expected] of rows) assert.equal(normaliseDate(input), expected, input);
});

test('published: dates in URLs', () => {
  const rows: Array<[string, string | null]> = [
    ['https://ex.org/2019/12/11/lavrov-visit', '2019-12-11'],
    ['https://ex.org/news/2019-12-11-lavrov', '2019-12-11'],
    ['https://ex.org/politics/20191211_lavrov.html', '2019-12-11'],
    ['https://ex.org/2019/12/lavrov', null],
    ['https://ex.org/article/12345678/lavrov', null],
    ['https://ex.org/2019/13/45/x', null],
  ];
  for (const [url, expected] of rows) assert.equal(dateFromUrl(url), expected, url);
  assert.equal(dateFromText('Posted on December 11, 2019 by staff'), '2019-12-11');
  assert.equal(dateFromText('Version 1.1.3 released, call 555-1234'), null);
});

test('title: the outlet suffix goes, a headline with a colon stays', () => {
  const rows: Array<[string, string | null, string]> = [
    ['Lavrov visits Washington | Reuters', 'Reuters', 'Lavrov visits Washington'],
    ['Lavrov visits Washington - The Hill', 'The Hill', 'Lavrov visits Washington'],
    ['The Hill - Lavrov visits Washington', 'The Hill', 'Lavrov visits Washington'],
    ['Trump: We discussed elections', 'Reuters', 'Trump: We discussed elections'],
    ['Lavrov visits Washington | DW', null, 'Lavrov visits Washington'],
  ];
  for (const [raw, outlet, expected] of rows) assert.equal(cleanTitle(raw, outlet), expected, raw);
});

test('boilerplate class names: whole words only, the article itself is not boilerplate', () => {
  const el = (cls: string) => parseHTML(`<div class="${cls}"></div>`).document.querySelector('div') as unknown as Element;
  const rows: Array<[string, 'boilerplate' | 'media' | null]> = [
    ['share-tools', 'boilerplate'],
    ['relatedArticles', 'boilerplate'],
    ['newsletter-signup', 'boilerplate'],
    ['article-comments', 'boilerplate'],
    ['top-ad', 'boilerplate'],
    ['photo-gallery', 'media'],
    // negatives
    ['shareholder-letter', null],
    ['adventure', null],
    ['headline', null],
    ['article-body', null],
    ['story-body more', null],
    ['', null],
  ];
  for (const [cls, expected] of rows) assert.equal(namesBoilerplate(el(cls)), expected, cls);
  assert.deepEqual(attributeWords('articleShare top-ad'), ['article', 'share', 'articleshare', 'top', 'ad', 'topad']);
});

test('language detection from text when the page declares none', () => {
  assert.equal(detectLanguage('Der Außenminister sagte am Dienstag, dass die Gespräche in der nächsten Woche fortgesetzt werden.'), 'de');
  assert.equal(detectLanguage('The foreign minister said on Tuesday that the talks would continue next week in Geneva.'), 'en');
  assert.equal(detectLanguage('Too short.'), null);
});

test('boilerplate paragraphs by text; prose that merely mentions the words stays', async () => {
  const { cleanParagraphs } = await import('../../src/extract/html/candidates.js');
  const dropped = [
    'Advertisement',
    'Share this article',
    'Read more: Port strike enters third week',
    'Sign up for our newsletter to get the top stories every morning',
    'Get the latest updates right in your inbox. Subscribe to the Courier’s newsletters.',
    'Have a tip? Jo Example may be reached at jo@example.com.',
    'By Justine Coleman - 11/18/19 11:04 PM EST',
    'Updated at 1:23 p.m.',
    '(Reporting by Jane Doe; Editing by Richard Roe)',
    'Associated Press writers Ana Ruiz and Bo Li contributed to this report.',
    'The core stage after the installation of its four engines. (Credit: NASA)',
    '© 2021 The Harbour Gazette. All rights reserved.',
    'Follow @Deals on Twitter to keep up with the latest deals.',
    '[button link="http://x"]Send us your review[/button]',
  ];
  const kept = [
    'By Monday the snow had melted and the roads reopened.',
    'Subscribers to the service will pay more from January, the company said in a statement.',
    'The newsletter, which has 40,000 readers, was sold to a rival publisher on Tuesday.',
    'Reporters were told that the talks had been postponed.',
    'Updated figures released on Tuesday show that unemployment fell for the third month in a row across the region.',
    'Photos taken on Monday show the damage to the pier.',
    'Copyright law was at the heart of the dispute, the judge said.',
  ];
  assert.deepEqual(cleanParagraphs(dropped), []);
  assert.deepEqual(cleanParagraphs(kept), kept);
});

test('candidates: Readability first, density only when Readability fails, JSON-LD trims edges', async () => {
  const { chooseCandidate } = await import('../../src/extract/html/choose.js');
  const p = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word} ${i} ${'lorem ipsum dolor sit amet '.repeat(3)}`.trim());
  const readability = { method: 'readability' as const, paragraphs: p(5, 'story') };
  const density = { method: 'baseline' as const, paragraphs: p(8, 'rail') };
  assert.equal(chooseCandidate([readability, density])?.method, 'readability', 'more words alone do not beat Readability');
  assert.equal(chooseCandidate([{ ...readability, paragraphs: p(1, 'story') }, { ...density, paragraphs: p(20, 'rail') }])?.method, 'baseline');
  const withPromo = { method: 'readability' as const, paragraphs: ['Sign in to read our morning briefing every day of the week', ...p(5, 'story'), 'Subheading', ...p(2, 'more'), 'Jane Doe writes about ports and shipping for the paper'] };
  const jsonLd = { method: 'json-ld' as const, paragraphs: [...p(5, 'story'), ...p(2, 'more')] };
  const chosen = chooseCandidate([withPromo, jsonLd]);
  assert.equal(chosen?.method, 'json-ld');
  assert.deepEqual(chosen?.paragraphs, withPromo.paragraphs.slice(1, -1), 'edges trimmed, the subheading in the middle kept');
  const teaser = { method: 'json-ld' as const, paragraphs: p(1, 'story') };
  assert.deepEqual(chooseCandidate([withPromo, teaser]), withPromo, 'a truncated articleBody does not filter');
  assert.equal(chooseCandidate([jsonLd])?.method, 'json-ld', 'no DOM text: the JSON-LD body is the text');
});

test('text: blocks become paragraphs, one <br> a line break, two a paragraph break', async () => {
  const { paragraphsOf } = await import('../../src/extract/html/text.js');
  const { document } = parseHTML('<html><body><div>First  line<br>same paragraph<br><br>  second paragraph</div><p>Third &amp; <b>bold</b></p><table><tr><td>a</td><td>b</td></tr></table></body></html>');
  assert.deepEqual(paragraphsOf(document.body as never), ['First line\nsame paragraph', 'second paragraph', 'Third & bold', 'a b']);
});
