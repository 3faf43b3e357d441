import assert from 'node:assert/strict';
import test from 'node:test';
import { findDates } from '../../src/analyze/dates/index.js';

/** Things that look like dates and are not (chrono's negative_cases idea). */
const NOT_DATES = [
  'Version: 1.1.3',
  'The event starts at 6 p.m.',
  'He won the 100 meter race.',
  'The launch is at 1830 UTC.',
  'Call 555-1234 for details.',
  'She finished 3rd.',
  'the 3rd of the candidates',
  'now is the time',
  'Russia today faces a choice',
  'You may go now.',
  'the march on Washington',
  'The Sun reported it first.',
  'More than 2000 people marched.',
  'It cost $2019.',
  'Flight 1999 landed.',
  'an increase of 2,016 votes',
  'Room 2010 is on the left.',
];

for (const text of NOT_DATES) {
  test(`not a date: ${JSON.stringify(text)}`, () => {
    const { dates } = findDates(text, [], '2019-12-11');
    assert.deepEqual(dates.map((d) => d.surface), []);
  });
}
