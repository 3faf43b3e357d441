import assert from 'node:assert/strict';
import { test } from 'node:test';
import { synthesize } from '../../src/synthesize/index.js';
import { sameQuote } from '../../src/synthesize/quotes.js';
import { words } from '../../src/synthesize/text.js';
import { article, story } from './story.js';

const s = () =>
  story([
    article({
      id: 'a',
      outlet: 'A',
      text: 'Sergei Lavrov said: "The ball is in our American partners\' court." He left at noon.',
      entities: [{ name: 'Sergei Lavrov', surfaces: ['Sergei Lavrov'] }],
      quotes: [{ text: '"The ball is in our American partners\' court."', speaker: 'Sergei Lavrov' }],
    }),
    article({
      id: 'b',
      outlet: 'B',
      text: '“The ball is in our American partners\' court,” Lavrov said. Talks will resume in May.',
      entities: [{ name: 'Sergei Lavrov', surfaces: ['Lavrov'] }],
      quotes: [{ text: '“The ball is in our American partners\' court,”', speaker: 'Sergei Lavrov' }],
    }),
    article({
      id: 'c',
      outlet: 'C',
      text: 'Pompeo said "the ball is not in our court" and left. Lavrov did not answer.',
      entities: [{ name: 'Mike Pompeo', surfaces: ['Pompeo'] }],
      quotes: [{ text: '"the ball is not in our court"', speaker: 'Mike Pompeo' }],
    }),
  ]);

test('the same words in several articles are one quote citing each; different words stay apart', () => {
  const b = synthesize(s());
  const lavrov = b.quotes.filter((q) => q.speaker === 'Sergei Lavrov');
  assert.equal(lavrov.length, 1);
  assert.deepEqual(lavrov[0].citations.map((c) => c.article).sort(), ['a', 'b']);
  assert.equal(lavrov[0].entity, 'person:sergei lavrov');
  const pompeo = b.quotes.filter((q) => q.speaker === 'Mike Pompeo');
  assert.equal(pompeo.length, 1);
  assert.equal(pompeo[0].citations.length, 1);
});

test('quote text is verbatim: every citation span holds exactly it, without the outer quotation marks', () => {
  const story = s();
  const b = synthesize(story);
  const textOf = new Map(story.articles.map((a) => [a.article.id, a.article.text]));
  for (const q of b.quotes) {
    for (const c of q.citations) assert.equal(textOf.get(c.article)!.slice(c.start, c.end), q.text);
  }
  assert.ok(b.quotes.some((q) => q.text === "The ball is in our American partners' court"));
});

test('wordings that differ by a character are shown apart, yet their sentences are one fact', () => {
  const t = s();
  const curly = article({
    id: 'b',
    outlet: 'B',
    text: '“The ball is in our American partners’ court,” Lavrov said. Talks will resume in May.',
    entities: [{ name: 'Sergei Lavrov', surfaces: ['Lavrov'] }],
    quotes: [{ text: '“The ball is in our American partners’ court,”', speaker: 'Sergei Lavrov' }],
  });
  const b = synthesize({ ...t, articles: [t.articles[0], curly, t.articles[2]] });
  assert.equal(b.quotes.filter((q) => q.speaker === 'Sergei Lavrov').length, 2);
  const fact = b.claims.find((c) => /ball is in our American/.test(c.text))!;
  assert.deepEqual(fact.citations.map((c) => c.article).sort(), ['a', 'b']);
});

test('a quote whose text does not match its span is left out, never shown altered', () => {
  const a = article({ id: 'a', text: 'She said "we will win" on Monday night in the city.', quotes: [{ text: '"we will win"' }] });
  a.quotes[0] = { ...a.quotes[0], text: '"we shall win"' };
  const b = synthesize(story([a]));
  assert.equal(b.quotes.length, 0);
});

const SAME: [string, string, boolean][] = [
  ['The ball is in our American partners court', 'the ball is in our American partners court,', true],
  ['we are prepared', 'We are prepared to do that, to publish the correspondence that took place.', false], // too short to contain-match
  ['We are prepared to do that, to publish the correspondence', 'We are prepared to do that, to publish the correspondence that took place.', true],
  ['the ball is not in our court', 'The ball is in our American partners court', false],
  ['Russia will respond', 'Russia will not respond', false],
];
for (const [x, y, expected] of SAME) {
  test(`sameQuote(${x} | ${y}) = ${expected}`, () => assert.equal(sameQuote(words(x), words(y)), expected));
}

test('a reported statement is shown as words only when its cue is a verb of speech (table, with negatives)', () => {
  const rows: { text: string; quote: string; cue?: string; kind: 'direct' | 'indirect' | 'mixed'; shown: boolean }[] = [
    { text: 'Lavrov said that the talks had failed completely.', quote: 'that the talks had failed completely', cue: 'said', kind: 'indirect', shown: true },
    { text: 'According to Lavrov, the talks had failed completely.', quote: 'the talks had failed completely', cue: 'According to', kind: 'indirect', shown: true },
    { text: 'Lavrov told reporters he "never discussed elections" there.', quote: 'he "never discussed elections" there', cue: 'told', kind: 'mixed', shown: true },
    { text: '"We will respond," Pompeo warned on Tuesday.', quote: '"We will respond,"', kind: 'direct', shown: true },
    // negatives: stances, acts and topics found as attributions are not someone's words
    { text: 'Trump welcomed Lavrov to a closed-door meeting in the Oval Office.', quote: 'Lavrov to a closed-door meeting in the Oval Office', cue: 'welcomed', kind: 'indirect', shown: false },
    { text: 'The White House said so, referring to the seizure of Crimea in 2014.', quote: 'the seizure of Crimea in 2014', cue: 'referring to', kind: 'indirect', shown: false },
    { text: 'Lavrov appeared to contradict him when he "spoke" later.', quote: 'to contradict him when he "spoke" later', cue: 'appeared', kind: 'mixed', shown: false },
    { text: 'The two sides agreed to keep communications open.', quote: 'to keep communications open', cue: 'agreed', kind: 'indirect', shown: false },
    { text: 'Lavrov said later that the talks had failed.', quote: 'that the talks had failed', kind: 'indirect', shown: false },
    // an indirect quote reports a statement (a finite verb, or an order to someone), not a noun phrase
    { text: 'Lavrov warned Washington not to interfere in the vote.', quote: 'Washington not to interfere in the vote', cue: 'warned', kind: 'indirect', shown: true },
    { text: 'Lavrov concluded an investigation into the leak earlier this year.', quote: 'an investigation into the leak earlier this year', cue: 'concluded', kind: 'indirect', shown: false },
    { text: 'Lavrov tweeted a photo of himself standing behind the desk.', quote: 'a photo of himself standing behind the desk', cue: 'tweeted', kind: 'indirect', shown: false },
    { text: "Lavrov reiterated Moscow's desire to keep the treaty alive.", quote: "Moscow's desire to keep the treaty alive", cue: 'reiterated', kind: 'indirect', shown: false },
  ];
  for (const row of rows) {
    const b = synthesize(story([article({ id: 'a', outlet: 'A', text: row.text, entities: [{ name: 'Sergei Lavrov', surfaces: ['Lavrov'] }], quotes: [{ text: row.quote, speaker: 'Sergei Lavrov', kind: row.kind, cue: row.cue }] })]));
    assert.equal(b.quotes.length, row.shown ? 1 : 0, `${row.text} (${row.cue ?? 'no cue'})`);
  }
});

test('a quote shown inside a longer quote of the same speaker is not shown again', () => {
  const text = 'Lavrov said Moscow wanted to publish the letters that he said cleared Russia of the charges.';
  const b = synthesize(
    story([
      article({
        id: 'a',
        outlet: 'A',
        text,
        entities: [{ name: 'Sergei Lavrov', surfaces: ['Lavrov'] }],
        quotes: [
          { text: 'Moscow wanted to publish the letters that he said cleared Russia of the charges', speaker: 'Sergei Lavrov', kind: 'indirect', cue: 'said' },
          { text: 'cleared Russia of the charges', speaker: 'Sergei Lavrov', kind: 'indirect', cue: 'said' },
        ],
      }),
    ]),
  );
  assert.deepEqual(b.quotes.map((q) => q.text), ['Moscow wanted to publish the letters that he said cleared Russia of the charges']);
});

test('an unlinked speaker is shown as written inside a sentence; an unresolved pronoun names no one', async () => {
  const { shownSpeaker } = await import('../../src/synthesize/quotes.js');
  const rows: [string | null, string | null][] = [
    ['Police', 'police'], // a group capitalised only at a sentence start
    ['The officer', 'the officer'],
    ['Law', 'Law'], // a single capitalised word not in the list of groups may be a surname
    ['Young', 'Young'],
    ['Her spokesman', 'her spokesman'],
    ['He', null],
    ["he's", null],
    ['Associated Press', 'Associated Press'], // a name stays as written
    ['the writer', 'the writer (Daily News)'],
    [null, null],
  ];
  for (const [name, shown] of rows) assert.equal(shownSpeaker(name, 'Daily News'), shown, String(name));
});

test('a quoted title with no one saying it is not listed as a quote; a speaker\'s words are', () => {
  const b = synthesize(
    story([
      article({
        id: 'a',
        text: 'The paper ran a story entitled “The Vice President pushed back against the recall” on Monday. “We will win this fight,” the governor said.',
        quotes: [
          { text: '“The Vice President pushed back against the recall”', speaker: null, kind: 'direct' },
          { text: '“We will win this fight,”', speaker: 'Gavin Newsom', kind: 'direct' },
        ],
      }),
    ]),
  );
  assert.deepEqual(b.quotes.map((q) => q.speaker), ['Gavin Newsom']);
});
