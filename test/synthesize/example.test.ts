/**
 * What issue #2 asks of the bundled example, checked on its frozen story
 * (fixtures/synthesize/lavrov-2019/story.json): the generic code must give these results.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Story } from '../../src/core/types.js';
import { synthesize } from '../../src/synthesize/index.js';

const story = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/synthesize/lavrov-2019/story.json'), 'utf8')) as Story;
const b = synthesize(story);
const outletOf = new Map(story.articles.map((a) => [a.article.id, a.article.outlet ?? a.article.id]));

test('the White House statement is a claim supported by several outlets', () => {
  const claim = b.claims.find((c) => /warned/.test(c.text) && /interfere/.test(c.text) && /White House|President Trump/.test(c.text) && c.support >= 3);
  assert.ok(claim, b.claims.slice(0, 8).map((c) => `${c.support} ${c.text}`).join('\n'));
  assert.equal(new Set(claim.citations.map((c) => outletOf.get(c.article))).size, claim.support);
});

test('the disagreement on whether elections were discussed: both sides cited, the denial from several outlets', () => {
  const k = b.contradictions.find((x) => x.kind === 'negation' && /discuss/i.test(x.sides[1].text) && /election/i.test(x.sides[1].text));
  assert.ok(k, JSON.stringify(b.contradictions.map((x) => x.topic)));
  assert.ok(k.sides[0].citations.length > 0 && k.sides[1].citations.length > 0);
  assert.ok(new Set(k.sides[1].citations.map((c) => c.article)).size >= 2, 'the denial as told by several outlets');
  const asserted = b.contradictions.filter((x) => x.kind === 'negation').map((x) => x.sides[0].text);
  assert.ok(asserted.some((t) => /Discussed many items/.test(t)), 'the tweet is one side');
  assert.ok(asserted.some((t) => /warned/.test(t) && /White House/.test(t)), 'the White House statement is one side');
});

test('numbers of the two accounts are not confused with each other', () => {
  assert.deepEqual(b.contradictions.filter((x) => x.kind === 'number'), []);
});

test('timeline: the Oval Office meeting on 2019-12-10, the earlier visit in May 2017', () => {
  const meeting = b.timeline.find((e) => e.date === '2019-12-10' && /Oval Office|White House/.test(e.text));
  assert.ok(meeting, b.timeline.map((e) => `${e.date} ${e.text.slice(0, 60)}`).join('\n'));
  assert.ok(b.timeline.some((e) => e.date === '2017-05' && /May 2017/.test(e.text)));
  const dates = b.timeline.map((e) => e.date);
  assert.deepEqual(dates, [...dates].sort());
});

test('the summary leads with what most outlets report and cites each of them', () => {
  assert.ok(b.summary.length >= 2);
  assert.ok(b.summary.some((s) => new Set(s.citations.map((c) => c.article)).size >= 3));
});
