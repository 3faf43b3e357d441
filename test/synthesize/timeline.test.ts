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
