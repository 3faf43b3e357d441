/**
 * Date mentions and their resolution against the hand-labelled sample
 * (fixtures/analyze/dates-sample/dates.json; texts read in place). Floors sit about 0.01 below
 * the scores recorded in docs/evaluation.md ("Dates"); `triangulate eval dates` prints every error.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { compareDates, evaluate, granularityOfValue, holds, period, place, readDateLabels, scores, type Placed } from '../../eval/dates.js';

const ROOT = join(import.meta.dirname, '..', '..');
const LABELS = join(ROOT, 'fixtures', 'analyze', 'dates-sample', 'dates.json');
const GOLD = readDateLabels(LABELS);
const FLOORS: Record<string, { f1: number; resolution: number }> = {
  // weeks are given as their month, seasons as their year: right but coarser than their labels
  dev: { f1: 0.977, resolution: 0.936 },
  // labelled before the resolver first ran on it; first score F1 0.865, resolution 0.938 (the
  // same after the dev fixes); then its errors were read and general fixes made
  'held-out': { f1: 0.99, resolution: 0.99 },
  // labelled after the dev and held-out fixes, before the resolver ran on it; scored once (F1
  // 0.922, resolution 0.966), then its errors were read and general fixes made
  fresh: { f1: 0.941, resolution: 0.956 },
  // labelled after the fixes for fresh, before the resolver ran on it; scored once (F1 0.923,
  // resolution 0.944), then its errors were read and general fixes made
  'fresh-2': { f1: 0.99, resolution: 0.844 },
  // labelled after all the fixes, before the resolver ran on it; scored once (F1 0.931,
  // resolution 0.963; its AllSides surfaces had been scanned, docs/evaluation.md), then its
  // errors were read and general fixes made
  'fresh-3': { f1: 0.973, resolution: 0.99 },
};

const report = (async () => {
  const missing = Object.values(GOLD.sets)
    .flat()
    .find((a) => !existsSync(join(GOLD.root, a.file)));
  return missing ? null : ((await evaluate(LABELS)) as { sets: Record<string, { f1: number; resolution: number; errors: unknown[] }> });
})();

for (const set of Object.keys(GOLD.sets)) {
  const floor = FLOORS[set];
  // a set labelled but not yet scored has no floor: it is scored once, then gets one
  test(floor ? `dates on the ${set} sample reach F1 ${floor.f1} / resolution ${floor.resolution}` : `dates on the ${set} sample`, { skip: floor ? false : `no floor recorded for the ${set} set` }, async (t) => {
    const r = await report;
    if (!r) return t.skip('../shared/eval not found beside the project');
    const s = r.sets[set];
    assert.ok(s.f1 >= floor.f1 && s.resolution >= floor.resolution, `F1 ${s.f1} resolution ${s.resolution} below the floor; errors: ${JSON.stringify(s.errors)}`);
  });
}

const at = (start: number, end: number, value: string, surface = 'x'): Placed => ({ start, end, value, surface });

/** [what, labels, found, negatives, expected matched/correct/spurious/negativesHit] */
const ROWS: [string, Placed[], Placed[], Placed[], [number, number, number, number]][] = [
  ['overlap is enough ("on Tuesday" over "Tuesday")', [at(3, 10, '2019-12-10')], [at(0, 10, '2019-12-10')], [], [1, 1, 0, 0]],
  ['same day, coarser granularity is wrong', [at(0, 8, '2019-12-10')], [at(0, 8, '2019-12')], [], [1, 0, 0, 0]],
  ['a date next to the label is not a match (negative)', [at(0, 8, '2019')], [at(8, 12, '2019')], [], [0, 0, 1, 0]],
  ['a second found date on one label costs precision', [at(0, 20, '2019-12-10')], [at(0, 7, '2019-12-10'), at(8, 20, '2019-12-10')], [], [1, 1, 1, 0]],
  ['a range label takes both ends', [at(0, 9, '2016/2018')], [at(0, 4, '2016'), at(5, 9, '2018')], [], [1, 1, 0, 0]],
  ['a range with one end wrong is wrong', [at(0, 9, '2016/2018')], [at(0, 4, '2016'), at(5, 9, '2019')], [], [1, 0, 0, 0]],
  ['a found date on a labelled negative is counted as such', [], [at(2, 10, '2019-12-10')], [at(0, 12, '')], [0, 0, 1, 1]],
];
for (const [what, labels, found, negatives, [matched, correct, spurious, hit]] of ROWS) {
  test(`scoring: ${what}`, () => {
    const c = compareDates(labels, found, negatives);
    assert.deepEqual([c.matched, c.correct, c.spurious.length, c.negativesHit], [matched, correct, spurious, hit]);
  });
}

test('scoring: precision counts found dates, recall labels, resolution the matched ones', () => {
  const c = compareDates([at(0, 4, '2016'), at(10, 14, '2017'), at(20, 24, '2018')], [at(0, 4, '2016'), at(10, 14, '2020'), at(30, 34, '2021')]);
  assert.deepEqual(scores([c]), { precision: 0.667, recall: 0.667, f1: 0.667, resolution: 0.5, resolutionCoarser: 0.5, endToEnd: 0.333 });
});

/** [found value, labelled value, the found one holds the label] */
const HOLDS: [string, string, boolean][] = [
  ['2016-07', '2016-W27', true], // July 4-10, 2016
  ['2016-07', '2016-W26', false], // June 27 - July 3: straddles (negative)
  ['2016', '2016-W26', true],
  ['2019', '2019-12-10', true],
  ['2019-12-10', '2019-12', false], // finer is not coarser (negative)
  ['2021', '2021-FA', true],
  ['2021', '2021-WI', false], // winter runs into the next year (negative)
  ['2015', '2015-Q4', true],
  ['1990', '199X', false],
];
for (const [found, label, expected] of HOLDS) {
  test(`scoring: ${found} ${expected ? 'holds' : 'does not hold'} ${label}`, () => assert.equal(holds(found, label), expected));
}

test('periods of labelled values', () => {
  assert.deepEqual(period('2016-W27'), ['2016-07-04', '2016-07-10']);
  assert.deepEqual(period('2015-W50'), ['2015-12-07', '2015-12-13']);
  assert.deepEqual(period('2016-02'), ['2016-02-01', '2016-02-29']);
  assert.deepEqual(period('198X'), ['1980-01-01', '1989-12-31']);
  assert.equal(period('Tuesday'), null);
});

test('granularity of labelled values', () => {
  assert.deepEqual(['2019-12-10', '2019-12', '2019', '2019-W49', '2021-FA', '199X'].map(granularityOfValue), ['day', 'month', 'year', 'other', 'other', 'other']);
});

test('a label is placed by its context, and one not in the text is misuse naming the file', () => {
  const text = 'He left in 2016. The 2016 election was close.';
  assert.deepEqual(place(text, 'a.txt', { surface: '2016', context: 'The 2016 election', value: '2016' }), { start: 21, end: 25, surface: '2016', value: '2016' });
  assert.equal(place(text, 'a.txt', { surface: '2016', value: '2016' }).start, 11);
  assert.throws(() => place(text, 'a.txt', { surface: '2017', value: '2017' }), /a\.txt: the label .* is not in the text/);
});

test('malformed labels files are refused with the reason', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dates-labels-'));
  const write = (json: unknown) => {
    const p = join(dir, `${Math.random()}.json`);
    writeFileSync(p, JSON.stringify(json));
    return p;
  };
  assert.throws(() => readDateLabels(join(dir, 'none.json')), /not found/);
  assert.throws(() => readDateLabels(write({})), /no "sets"/);
  assert.throws(() => readDateLabels(write({ sets: { a: [{ file: 'x.txt', reference: '11 Dec 2019', dates: [] }] } })), /"reference" must be YYYY-MM-DD/);
  assert.throws(() => readDateLabels(write({ sets: { a: [{ file: 'x.txt', reference: '2019-12-11', dates: [{ surface: 'Tuesday', value: 'Tuesday' }] }] } })), /needs a surface and a value/);
});
