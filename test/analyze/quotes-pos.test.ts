import assert from 'node:assert/strict';
import test from 'node:test';
import { MAX_TAGGED_CHARS, tagText } from '../../src/analyze/pos.js';

/** [text, expected `word/TAG` of the words named] */
const ROWS: [string, Record<string, string>][] = [
  ['Lavrov said the talks were useful.', { said: 'VERB', talks: 'NOUN', Lavrov: 'PROPN' }],
  ['Republican support was more solid.', { support: 'NOUN' }],
  ['The Senate unanimously passed a bill.', { passed: 'VERB', unanimously: 'ADV' }],
];

for (const [text, expected] of ROWS) {
  test(`pos: ${text}`, () => {
    const tags = tagText(text);
    for (const [word, pos] of Object.entries(expected)) assert.equal(tags.find((t) => t.text === word)?.pos, pos, word);
  });
}

test('pos: every token is the text at its offsets, typographic marks and odd spaces included', () => {
  const text = '“We’re ready,”  Lavrov said\u00a0on Tuesday — and Pompeo’s aide agreed.\n\n"Fine," he said.';
  const tags = tagText(text);
  assert.ok(tags.length > 15);
  for (const t of tags) assert.equal(text.slice(t.start, t.end), t.text);
  for (let k = 1; k < tags.length; k++) assert.ok(tags[k].start >= tags[k - 1].end);
});

// the model errs on some verbs after a name; the quote readers do not let a noun reading alone block a cue
test.todo('pos: "Trump views Mr. Putin as a partner." tags "views" as a verb (the model says NOUN)');

test('pos: lemmas are lower case', () => {
  assert.equal(tagText('Officials SAID it.').find((t) => t.pos === 'VERB')?.lemma, 'say');
});

test('bad input: a text over the limit is not tagged (the word-list readers work alone)', () => {
  assert.deepEqual(tagText('word '.repeat(MAX_TAGGED_CHARS / 5 + 1)), []);
  assert.deepEqual(tagText(''), []);
});
