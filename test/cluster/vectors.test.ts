import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timeFactor, daysApart, dayNumber } from '../../src/cluster/time.js';
import { cosine, dot, fromEntries, normalize, top } from '../../src/cluster/vectors.js';
import { featureBag, Vocabulary } from '../../src/cluster/features.js';
import { FEATURES } from '../../src/cluster/heuristics.js';
import { analysed } from './helpers.js';

test('sparse vectors: dot, cosine, top-k', () => {
  const a = fromEntries([[3, 1], [1, 2], [7, 2]]);
  const b = fromEntries([[1, 1], [7, 1], [9, 5]]);
  assert.deepEqual([...a.ids], [1, 3, 7], 'ids sorted');
  const rows: [number, number][] = [
    [dot(a, b), 4],
    [cosine(a, a), 1],
    [cosine(a, fromEntries([[2, 1]])), 0],
    [cosine(a, fromEntries([])), 0],
  ];
  for (const [actual, expected] of rows) assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} vs ${expected}`);
  assert.deepEqual([...top(a, 2).ids], [1, 7], 'heaviest kept, ties by id');
  assert.ok(Math.abs(cosine(normalize(a), a) - 1) < 1e-9);
});

test('publication days and the time factor', () => {
  const rows: [string | null, number | null][] = [
    ['1970-01-02', 1],
    ['2019-12-11T14:03:00Z', 18241],
    ['2019-12-11', 18241],
    ['December 11, 2019', null],
    [null, null],
  ];
  for (const [iso, day] of rows) assert.equal(dayNumber(iso), day, String(iso));
  assert.equal(timeFactor(null), 1, 'undated: content alone');
  assert.equal(timeFactor(0), 1, 'same day');
  assert.ok(timeFactor(1) < 1 && timeFactor(1) > timeFactor(2), 'decays with the days');
  assert.ok(timeFactor(400) <= 0.1 + 1e-9, 'a year apart: little left');
  assert.equal(daysApart({ first: 10, last: 12 }, { first: 11, last: 11 }), 0, 'overlapping ranges');
  assert.equal(daysApart({ first: 10, last: 12 }, { first: 20, last: 21 }), 8);
  assert.equal(daysApart(null, { first: 1, last: 1 }), null);
});

test('feature bags: words, names and title words; no stop words', () => {
  const bag = featureBag(analysed('a', 'The earthquake hit Qeshm Island on Sunday, officials said.', { title: 'Quake hits Iran' }));
  assert.ok(bag.has('w:earthquake'));
  assert.ok(bag.has('n:qeshm island'));
  assert.equal(bag.get('w:quake'), FEATURES.titleRepeat, 'title words count several times');
  for (const stop of ['w:the', 'w:said', 'w:sunday', 'w:on']) assert.ok(!bag.has(stop), stop);
});

test('vocabulary: a feature of one article only is dropped; rare features weigh more', () => {
  const v = new Vocabulary();
  const bags = [
    new Map([['w:quake', 1], ['w:iran', 1], ['w:only', 1]]),
    new Map([['w:quake', 1], ['w:iran', 1]]),
    new Map([['w:quake', 1], ['w:chile', 1]]),
    new Map([['w:quake', 1], ['w:chile', 1]]),
  ];
  const encoded = bags.map((b) => v.add(b));
  const vec = v.vector(encoded[0]);
  const key = (id: number) => v.keys[id];
  assert.deepEqual([...vec.ids].map(key).sort(), ['w:iran', 'w:quake']);
  const weight = (k: string) => vec.weights[[...vec.ids].indexOf(v.ids.get(k)!)];
  assert.ok(weight('w:iran') > weight('w:quake'));
});
