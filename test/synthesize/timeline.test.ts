import assert from 'node:assert/strict';
import { test } from 'node:test';
import { synthesize } from '../../src/synthesize/index.js';
import { article, story } from './story.js';

const s = () =>
  story([
    article({
      id: 'a',
      outlet: 'A',
      published: '2019-12-11',
      text: 'Trump hosted Lavrov in the Oval Office on Tuesday to discuss arms control. Lavrov\'s last Oval Office meeting in May 2017 turned into a public relations disaster. Relations have been tense since 2016 across many issues.',
      dates: [
        { surface: 'on Tuesday', value: '2019-12-10' },
        { surface: 'May 2017', value: '2017-05' },
        { surface: '2016', value: '2016' },
      ],
    }),
    article({
      id: 'b',
      outlet: 'B',
      published: '2019-12-10',
      text: 'Trump met Lavrov in the Oval Office on Tuesday to discuss arms control and trade. The New START treaty expires in February 2021 unless it is extended.',
      dates: [
        { surface: 'on Tuesday', value: '2019-12-10' },
        { surface: 'February 2021', value: '2021-02' },
      ],
    }),
  ]);

test('dated events in order, the same event from two articles merged into one entry', () => {
  const t = synthesize(s()).timeline;
  assert.deepEqual(
    t.map((e) => e.date),
    ['2017-05', '2019-12-10', '2021-02'],
  );
  const meeting = t.find((e) => e.date === '2019-12-10')!;
  assert.deepEqual(meeting.citations.map((c) => c.article).sort(), ['a', 'b']);
  assert.equal(t.find((e) => e.date === '2017-05')!.granularity, 'month');
});

test('a date after "since" is background, not an event (negative)', () => {
  const t = synthesize(s()).timeline;
  assert.ok(!t.some((e) => e.date === '2016'));
});

test('a year that names a thing ("the 2016 election") is not an event date (negative)', () => {
  const t = synthesize(
    story([
      article({
        id: 'x',
        text: 'Officials discussed the 2016 election results at length with reporters.',
        dates: [{ surface: '2016', value: '2016' }],
      }),
    ]),
  ).timeline;
  assert.deepEqual(t, []);
});

test('a date in a supposition is not an event (negative)', () => {
  const t = synthesize(
    story([
      article({
        id: 'x',
        text: 'The visit revived questions about whether Russia might interfere again in 2020 elections or later.',
        dates: [{ surface: 'in 2020', value: '2020' }],
      }),
    ]),
  ).timeline;
  assert.deepEqual(t, []);
});

test('a relative expression resolved years ahead is a duration, not a date (negative)', () => {
  const a = article({
    id: 'x',
    published: '2021-09-15',
    text: 'Newsom faced the first recall election in California in 18 years on Tuesday.',
    dates: [{ surface: 'in 18 years', value: '2039' }],
  });
  a.dates = a.dates.map((d) => ({ ...d, relative: true, reference: '2021-09-15' }));
  assert.deepEqual(synthesize(story([a])).timeline, []);
});

test('"in 18 years" is a duration even when analysis calls it an absolute date (negative)', () => {
  const a = article({
    id: 'x',
    published: '2021-09-15',
    text: 'Newsom faced the first recall election in California in 18 years on Tuesday.',
    dates: [{ surface: 'in 18 years', value: '2039' }],
  });
  assert.deepEqual(synthesize(story([a])).timeline, []);
});

test('the same day\'s event told in other words by two articles is one entry', () => {
  const t = synthesize(
    story([
      article({
        id: 'a',
        published: '2021-09-15',
        text: 'Governor Gavin Newsom defeated a Republican-backed effort to remove him from office on Tuesday night.',
        entities: [{ name: 'Gavin Newsom', surfaces: ['Gavin Newsom'] }],
        dates: [{ surface: 'on Tuesday', value: '2021-09-14' }],
      }),
      article({
        id: 'b',
        published: '2021-09-15',
        text: 'Gavin Newsom triumphed over the effort to recall him on Tuesday, delivering a decisive answer to voters.',
        entities: [{ name: 'Gavin Newsom', surfaces: ['Gavin Newsom'] }],
        dates: [{ surface: 'on Tuesday', value: '2021-09-14' }],
      }),
    ]),
  ).timeline;
  assert.equal(t.length, 1, JSON.stringify(t));
  assert.deepEqual(t[0].citations.map((c) => c.article).sort(), ['a', 'b']);
});

/**
 * A sentence is dated by its own event, not by a date that qualifies a thing it mentions
 * (issue #6): [text, dates in the text, expected timeline dates].
 */
const CLAUSE_ROWS: [string, { surface: string; value: string }[], string[]][] = [
  // the date belongs to the treaty, not to what Pompeo said or what the sides did
  ['Pompeo said delivery systems have evolved beyond the missiles covered by the New START treaty signed in 2010.', [{ surface: 'in 2010', value: '2010' }], []],
  ['The two sides appeared no nearer to resolving their differences over the treaty that expires in February 2021.', [{ surface: 'February 2021', value: '2021-02' }], []],
  ['The meeting was expected to focus on the treaty, which is slated to expire in 2021.', [{ surface: 'in 2021', value: '2021' }], []],
  // a background date earlier in the sentence does not date today's event
  ['The treaty that was signed on April 8, 2010 was discussed when Lavrov met Trump on Tuesday.', [{ surface: 'April 8, 2010', value: '2010-04-08' }, { surface: 'on Tuesday', value: '2019-12-10' }], ['2019-12-10']],
  // a relative clause between the subject and its verb: the main clause's date dates the entry
  ['Keystone XL, which was proposed in 2008, was halted after Biden revoked its permit this year.', [{ surface: 'in 2008', value: '2008' }, { surface: 'this year', value: '2019' }], ['2019']],
  // negatives: the same dates in a main clause are the event's own
  ['The New START treaty was signed in 2010 by both presidents.', [{ surface: 'in 2010', value: '2010' }], ['2010']],
  ['The president signed the treaty in 2010 after long talks.', [{ surface: 'in 2010', value: '2010' }], ['2010']],
  ['The treaty expires in February 2021 unless it is extended.', [{ surface: 'February 2021', value: '2021-02' }], ['2021-02']],
  // "that" after a verb of finding opens what was found: the interference is dated
  ['US intelligence agencies concluded that Russia interfered in the election in 2016.', [{ surface: 'in 2016', value: '2016' }], ['2016']],
  // "that" a few words after a verb of saying opens what was said
  ['Munoz said in a tweet that the new policy will take effect in March 2020.', [{ surface: 'March 2020', value: '2020-03' }], ['2020-03']],
  ['Yellen reiterated that lawmakers must act in October 2020 at the latest.', [{ surface: 'October 2020', value: '2020-10' }], ['2020-10']],
  // days close to the article are the story's own news, even in a clause on a noun (negatives)
  ['The figures come from a report released Thursday by the agency.', [{ surface: 'Thursday', value: '2019-12-05' }], ['2019-12-05']],
  ['A shooting that erupted on Wednesday left nine dead.', [{ surface: 'on Wednesday', value: '2019-12-11' }], ['2019-12-11']],
  ['The agency has tentatively scheduled a meeting on December 26 to consider it.', [{ surface: 'December 26', value: '2019-12-26' }], ['2019-12-26']],
  // ... but a day years back in such a clause is background
  ['Lawmakers debated the treaty that was signed on April 8, 2010.', [{ surface: 'April 8, 2010', value: '2010-04-08' }], []],
  // a day's possessive dates its event; a year's names which thing
  ['Tuesday’s meeting was closed to the press.', [{ surface: 'Tuesday', value: '2019-12-10' }], ['2019-12-10']],
  ['Officials discussed 2016’s election at length.', [{ surface: '2016', value: '2016' }], []],
];

for (const [text, dates, expected] of CLAUSE_ROWS) {
  test(`timeline dates a sentence by its own event: ${JSON.stringify(text)}`, () => {
    const t = synthesize(story([article({ id: 'x', published: '2019-12-11', text, dates })])).timeline;
    assert.deepEqual(
      t.map((e) => e.date),
      expected,
    );
  });
}
