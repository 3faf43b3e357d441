import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract, normalisePublished } from '../../src/extract/index.js';

const rows: [string | null, string | null][] = [
  ['2019-12-11', '2019-12-11'],
  ['2019-12-11T14:03:00Z', '2019-12-11T14:03:00Z'],
  ['2019-12-11T14:03:00+02:00', '2019-12-11T12:03:00Z'],
  ['Wed, 11 Dec 2019 10:00:00 GMT', '2019-12-11T10:00:00Z'],
  // a zoneless date is a day, whatever the machine's time zone (TZ=America/Los_Angeles once shifted it)
  ['December 11, 2019', '2019-12-11'],
  ['2019-12-11T23:30:00', '2019-12-11'],
  // read as given: whether 1970 is plausible is clustering's call (date-out-of-range), not a reading failure
  ['1970-01-01', '1970-01-01'],
  ['2019-02-30', null],
  [null, null],
  ['', null],
  // negative cases: not dates
  ['yesterday', null],
  ['Version 1.1.3', null],
];

for (const [raw, expected] of rows) {
  test(`container date ${JSON.stringify(raw)} -> ${expected}`, () => {
    assert.equal(normalisePublished(raw).value, expected);
  });
}

test('an unreadable container date is reported and falls back to what the text says', () => {
  const result = extract({
    id: 'a',
    origin: 'a.jsonl',
    kind: 'text',
    content: 'A headline\n\nThe council met on Tuesday and approved the budget for the year.',
    meta: { title: 'A headline', published: 'sometime' },
    messages: [],
  });
  assert.ok(result.ok);
  assert.equal(result.value.published, null);
  assert.ok(result.messages.some((m) => m.rule === 'no-date' && /sometime/.test(m.reason)));
});
