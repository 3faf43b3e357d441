/** Odd stories: a sensible briefing or a clear message, never a crash. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalyzedArticle } from '../../src/core/types.js';
import { synthesize } from '../../src/synthesize/index.js';
import { article, story } from './story.js';

const sentence = (i: number) =>
  `Officials in district ${i} reported that ${i % 7} new wells were drilled and ${(i * 13) % 100} families received water on day ${i}.`;
const many = (n: number): AnalyzedArticle[] =>
  Array.from({ length: n }, (_, i) =>
    article({ id: `a${i}`, outlet: `Outlet ${i % 40}`, published: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`, text: `${sentence(i)} ${sentence(i + 1)} The program started in March.` }),
  );

test('a story of one article: a summary from it, every claim single-source, no contradictions with itself', () => {
  const b = synthesize(story(many(1)));
  assert.ok(b.summary.length > 0);
  assert.ok(b.claims.every((c) => c.singleSource));
  assert.equal(b.contradictions.length, 0);
  assert.equal(b.messages.length, 0);
});

test('a story of 500 articles is briefed within the word cap', () => {
  const b = synthesize(story(many(500)), { words: 120 });
  assert.ok(b.summary.length > 0);
  assert.ok(b.summary.reduce((n, s) => n + s.text.split(/\s+/).length, 0) <= 120);
  assert.equal(b.articles.length, 500);
  assert.equal(b.coverage.reduce((n, c) => n + c.articles.length, 0), 500);
});

test('identical articles: one summary sentence per fact, support 1, every copy cited', () => {
  const base = many(1)[0];
  const copies = Array.from({ length: 30 }, (_, i) => article({ id: `copy${i}`, outlet: `Outlet ${i}`, text: base.article.text }));
  const b = synthesize(story(copies));
  const texts = b.summary.map((s) => s.text);
  assert.equal(new Set(texts).size, texts.length, 'no sentence repeated');
  assert.ok(b.claims.every((c) => c.support === 1));
  assert.equal(b.summary[0].citations.length, 30);
});

test('articles with no sentences: an empty briefing and a no-sentences message naming the story', () => {
  const empty = many(3).map((a) => ({ ...a, sentences: [], quotes: [], dates: [] }));
  const b = synthesize(story(empty, [], 'Water program'));
  assert.deepEqual(b.summary, []);
  assert.deepEqual(b.claims, []);
  assert.equal(b.messages.length, 1);
  assert.equal(b.messages[0].rule, 'no-sentences');
  assert.match(b.messages[0].reason, /Water program.*3 article/);
});

test('only clutter: the message says the sentences were unusable', () => {
  const b = synthesize(story([article({ id: 'x', text: 'Skip to content\n\nSUBSCRIBE\n\nhttps://example.com/a' })]));
  assert.equal(b.messages[0]?.rule, 'no-sentences');
  assert.match(b.messages[0].reason, /none usable/);
});

test('a story with no articles gives an empty briefing with a message', () => {
  const b = synthesize(story([]));
  assert.equal(b.messages[0]?.rule, 'no-sentences');
  assert.deepEqual(b.articles, []);
});

test('a word cap smaller than any sentence gives an empty summary, not a cut sentence', () => {
  const b = synthesize(story(many(3)), { words: 3 });
  assert.deepEqual(b.summary, []);
  assert.ok(b.claims.length > 0);
});

test('the story is not changed by synthesis', () => {
  const s = story(many(5));
  const before = JSON.stringify(s);
  synthesize(s);
  assert.equal(JSON.stringify(s), before);
});

test('a story with no headline anywhere is titled by the lead of its most central article, not an id', () => {
  const b = synthesize(
    story([
      article({ id: 'APW19981016.0240', title: undefined, text: 'Teachers in Millbrook went on strike on Monday over pay and class sizes, their union said. Schools stayed closed.' }),
      article({ id: 'NYT19981016.0219', title: undefined, text: 'Millbrook teachers walked out on Monday in a dispute over pay and class sizes that has lasted months and shows no sign of ending soon at all.' }),
    ]),
  );
  assert.ok(!/^(APW|NYT)\d/.test(b.title), b.title);
  assert.match(b.title, /Millbrook/);
  assert.ok(b.title.split(' ').length <= 17, b.title);
});
