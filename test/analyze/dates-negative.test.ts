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
  'He drove a gray 2013 Toyota Camry.', // a model year
  'He works out of a heritage home at 2016 Ontario.', // a street address
  'He left the clinic after a few minutes.', // a length of time
];

for (const text of NOT_DATES) {
  test(`not a date: ${JSON.stringify(text)}`, () => {
    const { dates } = findDates(text, [], '2019-12-11');
    assert.deepEqual(dates.map((d) => d.surface), []);
  });
}

test('without a publication date, nothing computed from a placeholder reference is kept', () => {
  const text = 'A prosecutor said Friday. A gunman had opened fire the day before. He left within a few minutes. On March 3, 2012 he left and came back the next day.';
  const { dates, messages } = findDates(text, [], null);
  assert.deepEqual(dates.map((d) => [d.surface, d.value]), [['March 3, 2012', '2012-03-03'], ['the next day', '2012-03-04']]);
  assert.ok(messages.some((m) => /relative date/.test(m.reason)));
});
