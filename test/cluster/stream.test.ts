import assert from 'node:assert/strict';
import { test } from 'node:test';
import { STORY } from '../../src/cluster/heuristics.js';
import { StreamClusterer, type Unit } from '../../src/cluster/stream.js';
import { fromEntries, normalize } from '../../src/cluster/vectors.js';
import { MaxHeap } from '../../src/cluster/heap.js';
import { UnionFind } from '../../src/cluster/union-find.js';

/** A unit from feature ids with equal weights, published on `day` (null: undated). */
const unit = (ids: number[], day: number | null = null): Unit => ({
  vector: normalize(fromEntries(ids.map((id) => [id, 1]))),
  days: day === null ? null : { first: day, last: day },
});

function run(units: Unit[]): number[][] {
  const c = new StreamClusterer(units.length);
  units.forEach((u, i) => c.add(u, i));
  c.mergeClose();
  return c.result();
}

test('stream: joins through shared features, starts stories otherwise', () => {
  const rows: [string, Unit[], number[][]][] = [
    ['same features join', [unit([1, 2, 3, 4]), unit([1, 2, 3, 5])], [[0, 1]]],
    ['no shared feature: never compared, two stories', [unit([1, 2, 3]), unit([7, 8, 9])], [[0], [1]]],
    ['one shared feature of eight is not enough (cosine 1/8 < merge)', [unit([1, 2, 3, 4, 5, 6, 7, 8]), unit([8, 10, 11, 12, 13, 14, 15, 16])], [[0], [1]]],
    ['same words a month apart: two stories', [unit([1, 2, 3, 4], 100), unit([1, 2, 3, 4], 130)], [[0], [1]]],
    ['same words the same day: one story', [unit([1, 2, 3, 4], 100), unit([1, 2, 3, 4], 100)], [[0, 1]]],
    ['undated joins on content', [unit([1, 2, 3, 4], 100), unit([1, 2, 3, 4])], [[0, 1]]],
  ];
  for (const [name, units, expected] of rows) assert.deepEqual(run(units), expected, name);
});

test('stream: an undated report must fit a dated story as well as its members fit each other', () => {
  const dated = [unit([1, 2, 3, 4, 5], 100), unit([1, 2, 3, 4, 6], 100), unit([1, 2, 3, 5, 6], 100)];
  const loose = unit([1, 2, 20, 21, 22, 23]); // shares the story's names, not its event
  const result = run([...dated, loose]);
  assert.deepEqual(result, [[0, 1, 2], [3]]);
  const datedLoose = { ...loose, days: { first: 100, last: 100 } };
  // dated, the same report is judged by the thresholds alone (cosine 0.37 >= merge)
  assert.ok(STORY.merge < 0.36);
  assert.deepEqual(run([...dated, datedLoose]), [[0, 1, 2, 3]]);
});

test('merge: best pair first, stories that grew apart stay apart unless clearly one', () => {
  // two groups built separately (disjoint words), then a bridge that resembles both
  const a = [unit([1, 2, 3, 4]), unit([1, 2, 3, 5]), unit([1, 2, 4, 5])];
  const b = [unit([11, 12, 13, 14]), unit([11, 12, 13, 15])];
  assert.deepEqual(run([...a, ...b]), [[0, 1, 2], [3, 4]]);
});

test('heap pops best first, ties by a then b', () => {
  const h = new MaxHeap();
  for (const [score, a, b] of [[0.2, 1, 2], [0.9, 3, 4], [0.9, 1, 5], [0.5, 0, 1]]) h.push({ score, a, b });
  const out: number[][] = [];
  for (let x = h.pop(); x; x = h.pop()) out.push([x.score, x.a, x.b]);
  assert.deepEqual(out, [[0.9, 1, 5], [0.9, 3, 4], [0.5, 0, 1], [0.2, 1, 2]]);
});

test('union-find groups, smallest member first', () => {
  const uf = new UnionFind(6);
  uf.union(4, 1);
  uf.union(5, 3);
  uf.union(1, 0);
  assert.deepEqual(uf.groups(), [[0, 1, 4], [3, 5]]);
  assert.equal(uf.find(4), uf.find(0));
  assert.notEqual(uf.find(2), uf.find(0));
});
