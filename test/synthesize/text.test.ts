import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quantities, words } from '../../src/synthesize/text.js';

const QUANTITIES: [string, { value: number; year: boolean; hedge: string | null }[]][] = [
  ['at least 150 people were killed', [{ value: 150, year: false, hedge: 'floor' }]],
  ['some 2,700 pages', [{ value: 2700, year: false, hedge: 'about' }]],
  ['a 22-month inquiry', [{ value: 22, year: false, hedge: null }]],
  ['up to 50 troops', [{ value: 50, year: false, hedge: 'ceiling' }]],
  ['the 2016 election', [{ value: 2016, year: true, hedge: null }]], // a year names the event, it counts nothing
  ['two million dollars', [{ value: 2_000_000, year: false, hedge: null }]],
  ['prices rose 0.8 percent', [{ value: 0.8, year: false, hedge: null }]],
  ['prices rose 0.8% in May', [{ value: 0.8, year: false, hedge: null }]],
  // negatives: codes, times and ranges are not one quantity each
  ['call police on 0845 125 2222 now', []],
  ['the call came in at 3:30 a.m. on Friday', []],
  ['voting closes at 6 p.m. local time', []],
  ['an offer of $140-150 million', []],
];
for (const [text, expected] of QUANTITIES) {
  test(`quantities: ${text}`, () => assert.deepEqual(quantities(text).map(({ value, year, hedge }) => ({ value, year, hedge })), expected));
}

test('words: lower case, possessive dropped, contractions and thousands kept whole', () => {
  assert.deepEqual(words("Russia's envoy haven't paid 2,700 U.S. dollars"), ['russia', 'envoy', "haven't", 'paid', '2,700', 'u.s', 'dollars']);
});
