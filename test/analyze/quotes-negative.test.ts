import assert from 'node:assert/strict';
import test from 'node:test';
import { findQuotes } from '../../src/analyze/quotes/index.js';
import { splitSentences } from '../../src/analyze/sentences.js';

const quotes = (text: string) => findQuotes(text, splitSentences(text), { entities: [] });

/** Things that look like quotes and are not. */
const NOT_QUOTES = [
  'WASHINGTON: The meeting was held on Tuesday and lasted an hour.\n\nIt ended early.', // a dateline opening the first paragraph, not a headline quote
  'MOSCOW: The talks ended.\n\nBERLIN: Officials met again.', // two datelines are not a transcript (fewer than 3 turns)
  'Sales in the polls fell.', // "in" without a determiner before the poll is no source
  'The so-called "deep state" was blamed.', // a scare quote without a cue
  'He starred in "American Skin" last year.', // a title
  'The voters’ choice was clear and the Clintons’ campaign knew it.', // possessive apostrophes
  'Don\'t say it\'s over, it isn\'t.', // apostrophes in contractions
  'Trump called Lavrov.', // a cue verb without reported content
  'The said agreement expired.', // "said" as an adjective
  'News reports were everywhere.', // "reports" as a noun, no cue
  'He said so.', // no content
  'Republicans blocked Democratic-backed gun control measures.', // a cue form in a compound adjective
  'Trump received 20 percent support from Latino voters.', // `support` as the noun of a share
  'Mr. Trump has repudiated decades of Republican support for free trade.', // `support for`: a noun
  'Sanders continues to trail Clinton by 300 delegates.', // `continues to`: an aspect verb, no attribution
  'He said on MSNBC’s “Morning Joe.”', // a show named in the adjunct, not what was said
  'Officials said it.', // a pronoun alone is no content, though `it` may open one ("says it raised $21 million")
  'Sanders spoke there on Monday.', // `there` opens a content only after a verb of saying ("said there was no evidence")
  'He made two claims that were false.', // a cue form after a number keeps its noun reading
  '"We are ready," Lavrov said.\n\nShe watched “Orange Is the New Black With Friends”', // a quoted title
  'He lived according to his principles.', // "according to" as "in keeping with"
  'Clinton won the primary in Nevada.', // a named subject and an object, but a verb of winning, not of saying or wanting
  'Their support for the bill grew.', // a cue form read as a noun by the tagger
  'Sen. Ted Cruz arrived.', // a name the tagger may read as a verb ("Ted")
  'The nominee, endorsed by dozens of papers, leads the race.', // a passive: what follows "by" is no content
  'The bill that “protects families” passed on Tuesday.', // "that" opens a relative clause (a verb follows), not what someone said
  'He said much.', // "much" without "of ..." is an object, no content
  'The two also discussed it.', // a determiner alone is no subject
  'It was a quiet decline for the company.', // a base form read as a noun ("decline") is no cue
  'He read the letter to the crowd.', // "read" reports words only before a quotation
  'It was the first time claims have dipped below 300,000.', // a plural noun before its auxiliary is no cue
  'Of the 23 pirates arrested, 12 are reported to be Somali.', // a passive report: the subject reports nothing
  'It was an error that was reported in a "hit piece" by the paper.', // where it was reported, not what
  'The court of claims denied the motions.', // a cue form after "of" is a noun
  'It was “The Root of evil” — Lastra\nMore followed.', // a dash after a fragment inside a sentence signs nothing
  "China, Pyongyang's only ally, warned North Korea to refrain from further actions.", // a listener before an infinitive is no inverted speaker
  'The doctor was called out by colleagues.', // a passive of a phrasal verb: no content
  'His account was called into question.', // ...nor here
  'U.S. employers added just 194,000 jobs in September.', // "add" before an amount adds things, it reports nothing
  'The company added 300 workers last year.',
  'It raised its forecast by 0.1 percentage points to 4.2 percent.', // points counted, not pointing
  'The index fell 30 points to 2,000.',
  "But two top federal agencies said Americans don't need...", // an excerpt cut off where the text ends: not what was said
  'As CNN reported: "In one video, an agent yells, \'This is why your...', // the same, inside a quotation that never closes
  'She starred in “The Steve Harvey Morning Show,” which aired for years.', // a title with a comma before its closing mark
];

for (const text of NOT_QUOTES) {
  test(`not a quote: ${JSON.stringify(text)}`, () => {
    // the first paragraph of a row may hold a real quote that sets up a speaker
    const found = quotes(text).quotes.map((q) => q.text).filter((t) => t !== '"We are ready,"');
    assert.deepEqual(found, []);
  });
}

test('bad input: a quote that never closes is a message, not a runaway span', () => {
  const text = 'Lavrov said: "We are ready to publish everything\n\nThe talks went on for hours.';
  const r = quotes(text);
  assert.ok(r.messages.some((m) => m.rule === 'unclosed-quote'));
  for (const q of r.quotes) assert.ok(!q.text.includes('talks went on'), q.text);
});

test('bad input: unbalanced marks and text without punctuation finish', () => {
  const text = '"'.repeat(5000) + ' said '.repeat(5000) + 'he said that ' + 'words '.repeat(20000);
  const r = quotes(text);
  for (const q of r.quotes) assert.equal(q.text, text.slice(q.start, q.end));
});

test('bad input: 1 MB in one paragraph finishes', () => {
  const unit = 'Officials said that the talks were "very productive" and would continue, ';
  const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
  const r = quotes(text);
  assert.ok(r.quotes.length > 0);
});

test('bad input: a sentence with no boundary is read in pieces, and said so', () => {
  const text = 'the minister said that the talks would go on and the president said he would not attend '.repeat(400);
  const r = quotes(text);
  assert.ok(r.quotes.length > 0, 'cues are still read in the pieces');
  assert.ok(r.quotes.every((q) => q.end - q.start <= 3000), 'no runaway span');
  assert.deepEqual(r.messages.filter((m) => m.rule === 'long-sentence').length, 1);
});

test.todo('not a quote: a cue inside a headline ("Trump warned ..., White House says") is reported as an indirect quote today');

test('a time after an inverted cue is not who spoke ("..., said Saturday...")', () => {
  for (const text of [
    'Rep. Maxine Waters, D-Calif., the chair of the Financial Services Committee, said Saturday...',
    'The talks would resume, said Monday.',
    'The deal was close, said yesterday.',
  ]) {
    const speakers = quotes(text).quotes.map((q) => q.speaker?.name ?? '');
    assert.ok(!speakers.some((s) => /^(?:saturday|monday|yesterday)/i.test(s)), `${text}: ${speakers.join(', ')}`);
  }
});

test('a content cut off where the text ends is dropped with a message; a quotation closed after its ellipsis stays', () => {
  const cut = quotes("The agencies said Americans don't need...");
  assert.deepEqual(cut.quotes, []);
  assert.ok(cut.messages.some((m) => m.rule === 'span-dropped' && /cut off/.test(m.reason)), JSON.stringify(cut.messages));
  assert.deepEqual(quotes('He said: “We will win...”').quotes.map((q) => q.text), ['“We will win...”']);
});
