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
  // currencies are units: "$40 billion" counts dollars, whatever word follows
  ['to save $40 billion the country spends', [{ value: 40e9, year: false, hedge: null }]],
  // negatives: codes, times, ranges and days of a month are not one quantity each
  ['by April 27 more people came', []],
  ['save euro30 billion', [{ value: 30e9, year: false, hedge: null }]],
  // multiplier suffixes as sports and finance pages write them
  ['an eight-year, $200MM deal', [{ value: 8, year: false, hedge: null }, { value: 200e6, year: false, hedge: null }]],
  ['a $5bn plan', [{ value: 5e9, year: false, hedge: null }]],
  ['call police on 0845 125 2222 now', []],
  ['the call came in at 3:30 a.m. on Friday', []],
  ['voting closes at 6 p.m. local time', []],
  ['an offer of $140-150 million', []],
  ['a one-on-one meeting', []],
  // a measure joined to its value by a hyphen; names with a number are no quantity
  ["put the quake's strength at magnitude-5.4", [{ value: 5.4, year: false, hedge: null }]],
  ['a category-4 hurricane', [{ value: 4, year: false, hedge: null }]],
  ['COVID-19 cases rose', []],
  ['The F-16 crashed', []],
];
for (const [text, expected] of QUANTITIES) {
  test(`quantities: ${text}`, () => assert.deepEqual(quantities(text).map(({ value, year, hedge }) => ({ value, year, hedge })), expected));
}

const UNITS: [string, string[]][] = [
  ['to save $40 billion the country spends', ['dollar']],
  ['cost €5m and £3 billion', ['euro', 'pound']],
  ['a 47-year-old man', ['year-old']],
  ['the 38 - year - old man', ['year-old']], // as ECB+ spaces its hyphens
  ['a 6.1-magnitude quake', ['magnitud-quak']],
  // negatives: a count of years is no age; a compound counts the noun it describes
  ['a seven-year deal', ['year-deal']],
  ['on a three-game losing streak', ['game-lose']],
  // a word before a participle modifies the noun counted further on: nothing known is counted
  ['one rocket propelled grenade launcher and two rockets', ['', 'rocket']],
];
for (const [text, expected] of UNITS) {
  test(`quantity units: ${text}`, () => assert.deepEqual(quantities(text).map((q) => q.unit), expected));
}

const SCOPES: [string, { value: number; total: boolean; context: string[] }[]][] = [
  ['the navy seized a total of 14 rifles during the operations', [{ value: 14, total: true, context: ['seiz', 'total', 'oper'] }]],
  ['So far, the navy has confiscated 14 rifles', [{ value: 14, total: true, context: ['navi', 'confisc'] }]],
  ['14 rifles in all were found', [{ value: 14, total: true, context: ['found'] }]],
  ['a total of 14 rifles and 31 magazines', [{ value: 14, total: true, context: ['total', 'magazin'] }, { value: 31, total: true, context: ['rifl'] }]],
  // negative: one count, no sum
  ['six rifles were seized from the boats', [{ value: 6, total: false, context: ['seiz'] }]],
  ['the quake killed 120 people in the province', [{ value: 120, total: false, context: ['quak', 'kill', 'provinc'] }]],
];
for (const [text, expected] of SCOPES) {
  test(`quantity scope and context: ${text}`, () => assert.deepEqual(quantities(text).map(({ value, total, context }) => ({ value, total, context })), expected));
}

/** [text, elapsed flag of each quantity]: time so far of something going on, or a count of time */
const ELAPSED: [string, boolean[]][] = [
  ['Athens was calm after eight days of the worst riots', [true]],
  ['Four weeks into the strike, talks resumed', [true]],
  // negative: a duration that is over, a term served, a count of days that is no time so far
  ['The strike lasted three days', [false]],
  ['He served 12 years in prison', [false]],
  ['Eight people died in the riots', [false]],
];
for (const [text, expected] of ELAPSED) {
  test(`quantity elapsed: ${text}`, () => assert.deepEqual(quantities(text).map((q) => q.elapsed), expected));
}

/** [text, the part each quantity is the whole of (null when none)] */
const SHARES: [string, (number | null)[]][] = [
  ['Klitschko landed 28 of his 68 punches in the round', [null, 28]],
  ['He landed 178 of 369 punches', [null, 178]],
  // negative: "of" without a number before it, and a number after "of" a noun
  ['Eight of the victims were children', [null]],
  ['the death of 12 people', [null]],
];
for (const [text, expected] of SHARES) {
  test(`quantity share: ${text}`, () => assert.deepEqual(quantities(text).map((q) => q.partOf), expected));
}

test('words: lower case, possessive dropped, contractions and thousands kept whole', () => {
  assert.deepEqual(words("Russia's envoy haven't paid 2,700 U.S. dollars"), ['russia', 'envoy', "haven't", 'paid', '2,700', 'u.s', 'dollars']);
});
