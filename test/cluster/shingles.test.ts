import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareCopies, copyPrint, findCopies } from '../../src/cluster/copies.js';
import { containment, jaccard, minhash, shingles, words } from '../../src/cluster/shingles.js';

const WIRE =
  'U.S. President Donald Trump hosted Russian Foreign Minister Sergei Lavrov at the White House on Tuesday, where he warned Russia not to interfere in U.S. elections. ' +
  'Lavrov said Moscow was prepared to publish communications that he said cleared Russia of the allegations, and the two sides discussed arms control and Ukraine. ' +
  'The meeting came hours after Democrats in the House of Representatives unveiled articles of impeachment against the president.';
const OTHER =
  'An earthquake of magnitude 5.6 shook the southern Iranian island of Qeshm on Sunday, damaging buildings in several villages and injuring five people, state media said. ' +
  'Rescue teams were sent from the mainland port of Bandar Abbas and the tremor was felt across the Gulf.';

test('shingles: distinct, sorted, stable', () => {
  const a = shingles(words('a b c d e f'), 5);
  assert.equal(a.length, 2);
  assert.ok(a[0] <= a[1]);
  assert.deepEqual(shingles(words('A, b; c d e f!'), 5), a, 'punctuation and case do not matter');
  assert.equal(shingles(words('too short'), 5).length, 1, 'a text shorter than a shingle is one shingle');
  assert.equal(shingles([], 5).length, 0);
});

test('containment and jaccard', () => {
  const rows: [string, string, number, number][] = [
    [WIRE, WIRE, 1, 1],
    [WIRE, OTHER, 0, 0],
  ];
  for (const [x, y, c, j] of rows) {
    const [a, b] = [shingles(words(x), 5), shingles(words(y), 5)];
    assert.equal(containment(a, b), c);
    assert.equal(jaccard(a, b), j);
  }
  const half = shingles(words(WIRE.slice(0, WIRE.length / 2)), 5);
  const full = shingles(words(WIRE), 5);
  assert.ok(containment(half, full) > 0.95, 'a cut reprint is contained in the full text (but for the word cut in two)');
  assert.ok(jaccard(half, full) < 0.6);
});

test('minhash agrees with jaccard roughly', () => {
  const a = shingles(words(WIRE), 5);
  const b = shingles(words(WIRE.replace('Tuesday', 'Wednesday')), 5);
  const [sa, sb] = [minhash(a, 64), minhash(b, 64)];
  const agree = sa.filter((h, i) => h === sb[i]).length / 64;
  assert.ok(Math.abs(agree - jaccard(a, b)) < 0.2, `${agree} vs ${jaccard(a, b)}`);
});

test('copies: identical, cut reprint, reworded lead; not the same topic, not months apart', () => {
  const reworded =
    'President Donald Trump received Russia’s foreign minister Sergei Lavrov at the White House on Tuesday and warned Russia not to interfere in U.S. elections. ' +
    'Lavrov said Moscow was prepared to publish communications that he said cleared Russia of the allegations, and the two sides discussed arms control and Ukraine.';
  const sameTopic =
    'Russian Foreign Minister Sergei Lavrov met President Trump on Tuesday in Washington. The two men talked about elections, Ukraine and arms control, officials said, ' +
    'in a meeting that drew criticism from Democrats who had just announced impeachment charges.';
  const rows: [string, string, string | null, [number | null, number | null]?][] = [
    [WIRE, WIRE, 'identical'],
    [WIRE, WIRE.slice(0, 260), 'reprint'],
    [WIRE, `Moscow (Reuters) - ${WIRE} Reporting by staff.`, 'reprint'],
    [WIRE, reworded, 'reprint'],
    // negative cases
    [WIRE, sameTopic, null],
    [WIRE, OTHER, null],
    [WIRE, WIRE, null, [18000, 18200]],
    ['short text', 'short text here', null],
  ];
  for (const [x, y, kind, days] of rows) {
    const found = compareCopies(copyPrint(x, days?.[0] ?? null), copyPrint(y, days?.[1] ?? null));
    assert.equal(found?.kind ?? null, kind, `${x.slice(0, 30)} / ${y.slice(0, 30)}`);
  }
});

test('findCopies groups copies through the minhash index', () => {
  const prints = [WIRE, OTHER, WIRE.slice(0, 300), OTHER.slice(0, 200), 'Something else entirely, about football and the weather in Leeds.'].map((t) => copyPrint(t));
  const copies = findCopies(prints);
  assert.deepEqual(copies.groups, [[0, 2], [1, 3]]);
});
