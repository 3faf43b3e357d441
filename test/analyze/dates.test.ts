import assert from 'node:assert/strict';
import test from 'node:test';
import { findDates } from '../../src/analyze/dates/index.js';

/** [text, reference, expected `surface|value|granularity|rel/abs` of every mention] */
const ROWS: [string, string | null, string[]][] = [
  // weekdays: the most recent such day on or before the reference (a Wednesday here)
  ['They met on Tuesday at the White House.', '2019-12-11', ['on Tuesday|2019-12-10|day|rel']],
  ['Lavrov arrived Tuesday.', '2019-12-11', ['Tuesday|2019-12-10|day|rel']],
  ['It happened on Wednesday.', '2019-12-11', ['on Wednesday|2019-12-11|day|rel']],
  ['The vote was on Monday.', '2019-12-10', ['on Monday|2019-12-09|day|rel']],
  ['They meet again next Tuesday.', '2019-12-11', ['next Tuesday|2019-12-17|day|rel']],
  // future tense before a weekday in its clause: the coming one (the same day when it is today)
  ['Talks will resume on Thursday in Geneva.', '2019-12-11', ['on Thursday|2019-12-12|day|rel']],
  ['The vote is scheduled for Monday.', '2019-12-11', ['Monday|2019-12-16|day|rel']],
  ['The leaders will meet on Wednesday.', '2019-12-11', ['on Wednesday|2019-12-11|day|rel']],
  // negatives: "will" in another clause, or after the weekday
  ['He said on Tuesday that the talks will go on.', '2019-12-11', ['on Tuesday|2019-12-10|day|rel']],
  ['Officials will review it, the ministry said Monday.', '2019-12-11', ['Monday|2019-12-09|day|rel']],
  // months and years
  ['Elections are due next November.', '2019-12-11', ['next November|2020-11|month|rel']],
  ['The deal collapsed last November.', '2019-12-11', ['last November|2019-11|month|rel']],
  ['His last visit was in May 2017.', '2019-12-11', ['May 2017|2017-05|month|abs']],
  ['Mueller concluded earlier this year that ...', '2019-12-11', ['earlier this year|2019|year|rel']],
  ['Russia interfered in 2016, officials say.', '2019-12-11', ['2016|2016|year|abs']],
  ['the 2016 election', '2019-12-11', ['2016|2016|year|abs']],
  ['It was three years ago.', '2019-12-11', ['three years ago|2016|year|rel']],
  ['Sales fell last year.', '2019-12-11', ['last year|2018|year|rel']],
  ['on Dec. 10, 2019', '2019-12-11', ['Dec. 10, 2019|2019-12-10|day|abs']],
  ['a summit in Helsinki in July 2018', '2019-12-11', ['July 2018|2018-07|month|abs']],
  // ranges: two mentions, each with its own span
  ['The talks ran from May 1 to May 5, 2019.', '2019-12-11', ['May 1|2019-05-01|day|abs', 'May 5, 2019|2019-05-05|day|abs']],
  ['between 2016 and 2018', '2019-12-11', ['2016|2016|year|abs', '2018|2018|year|abs']],
  // days named by another day of the narrative: the nearest day named before, else the reference
  ['Trump met Lavrov on Tuesday. Earlier in the day, Lavrov met Pompeo.', '2019-12-11', ['on Tuesday|2019-12-10|day|rel', 'Earlier in the day|2019-12-10|day|abs']],
  ['Earlier in the day, Lavrov met Pompeo.', '2019-12-11', ['Earlier in the day|2019-12-11|day|rel']],
  ['The fire broke out on March 3, 2019. The next day police arrested a man. Later that day he was charged.', '2019-12-11', ['March 3, 2019|2019-03-03|day|abs', 'The next day|2019-03-04|day|abs', 'Later that day|2019-03-04|day|abs']],
  ['The fire broke out on March 3, 2019, and the suspect had been seen there the day before.', '2019-12-11', ['March 3, 2019|2019-03-03|day|abs', 'the day before|2019-03-02|day|abs']],
  // negatives: no day to refer to, or a day named by its own event
  ['The next day, everything changed.', '2019-12-11', []],
  ['He left on March 3, 2019, the day before the election.', '2019-12-11', ['March 3, 2019|2019-03-03|day|abs']],
  ['It was a good day in the end.', '2019-12-11', []],
  // no reference: absolute dates resolve, relative ones are dropped
  ['They met on Tuesday, as in May 2017.', null, ['May 2017|2017-05|month|abs']],
];

for (const [text, reference, expected] of ROWS) {
  test(`dates: ${JSON.stringify(text)} @ ${reference}`, () => {
    const { dates } = findDates(text, [], reference);
    assert.deepEqual(
      dates.map((d) => `${d.surface}|${d.value}|${d.granularity}|${d.relative ? 'rel' : 'abs'}`),
      expected,
    );
    for (const d of dates) {
      assert.equal(d.surface, text.slice(d.start, d.end));
      assert.equal(d.reference, d.relative ? reference : null);
    }
  });
}

test('dates: a relative date without a reference is reported, not silently dropped', () => {
  const { dates, messages } = findDates('They met on Tuesday.', [], null);
  assert.equal(dates.length, 0);
  assert.equal(messages.length, 1);
  assert.equal(messages[0].rule, 'span-dropped');
});

test('dates: the sentence index points at the sentence holding the date', () => {
  const text = 'First sentence. They met on Tuesday.';
  const { dates } = findDates(text, [{ start: 0, end: 15, paragraph: 0 }, { start: 16, end: text.length, paragraph: 0 }], '2019-12-11');
  assert.equal(dates[0].sentence, 1);
});

test('dates: 1 MB in one paragraph finishes and finds the dates in it', () => {
  const text = 'word '.repeat(200_000) + 'in May 2017 ' + 'x'.repeat(10);
  const { dates } = findDates(text, [], '2019-12-11');
  assert.deepEqual(dates.map((d) => d.value), ['2017-05']);
});

test.todo('dates: "the following Tuesday" resolves after an earlier date in the text, not the reference');
test.todo('dates: a month-day without a year shortly after the reference ("January 17" in a December article) may be last January');
