import assert from 'node:assert/strict';
import { test } from 'node:test';
import { synthesize } from '../../src/synthesize/index.js';
import { clutterReason } from '../../src/synthesize/units.js';
import { wordCount } from '../../src/synthesize/text.js';
import { article, story } from './story.js';

/** Three outlets on one (made-up) flood; two report the dam failure, one adds a detail. */
export const flood = () =>
  story([
    article({
      id: 'a',
      outlet: 'Alpha News',
      published: '2024-03-05',
      title: 'Dam failure floods Riverton',
      text:
        'A dam on the Green River failed on Monday and flooded the town of Riverton, officials said. ' +
        'Mayor Ana Ruiz ordered the evacuation of 4,000 residents. ' +
        'She said the water rose faster than anyone expected. ' +
        'But the damage is still being assessed.\n\n' +
        'Read more: https://alpha.example/news',
      entities: [{ name: 'Ana Ruiz', surfaces: ['Ana Ruiz'], pronouns: ['She'] }, { name: 'Riverton', type: 'place' }],
    }),
    article({
      id: 'b',
      outlet: 'Beta Times',
      published: '2024-03-05',
      title: 'Riverton evacuated after Green River dam fails',
      text:
        'Officials said a Green River dam failed Monday, flooding the town of Riverton. ' +
        'About 4,000 residents were ordered to evacuate by Mayor Ana Ruiz. ' +
        'The state sent two rescue helicopters to the area.',
      entities: [{ name: 'Ana Ruiz' }, { name: 'Riverton', type: 'place' }],
    }),
    article({
      id: 'c',
      outlet: 'Gamma Post',
      published: '2024-03-06',
      text:
        'The failure of the Green River dam on Monday flooded Riverton, officials said. ' +
        'Engineers had warned in 2019 that the dam needed repairs. ' +
        'SUBSCRIBE NOW FOR UPDATES.',
      entities: [{ name: 'Riverton', type: 'place' }],
    }),
  ]);

test('the summary is verbatim source sentences, each cited, within the word cap', () => {
  const s = flood();
  for (const words of [15, 30, 60, 120]) {
    const b = synthesize(s, { words });
    const total = b.summary.reduce((n, x) => n + wordCount(x.text), 0);
    assert.ok(total <= words, `${total} words > ${words}`);
    for (const line of b.summary) {
      assert.ok(line.citations.length >= 1);
      const first = line.citations[0];
      const source = s.articles.find((a) => a.article.id === first.article)!.article.text.slice(first.start, first.end);
      if (!line.text.includes('[')) assert.equal(line.text, source.replace(/\s+/g, ' '));
    }
  }
});

test('the fact most outlets report leads, and cites every article that reports it', () => {
  const b = synthesize(flood(), { words: 40 });
  const dam = b.summary.find((x) => /dam/i.test(x.text) && /flood/i.test(x.text));
  assert.ok(dam, `a dam-failure sentence is in ${JSON.stringify(b.summary.map((x) => x.text))}`);
  assert.deepEqual(new Set(dam.citations.map((c) => c.article)), new Set(['a', 'b', 'c']));
});

test('redundant sentences are not repeated', () => {
  const b = synthesize(flood(), { words: 120 });
  const damLines = b.summary.filter((x) => /dam/i.test(x.text) && /fail/i.test(x.text));
  assert.equal(damLines.length, 1, JSON.stringify(b.summary.map((x) => x.text)));
});

test('a pronoun opener is repaired with the resolved name; a connective opener is avoided', () => {
  const b = synthesize(flood(), { words: 200 });
  const texts = b.summary.map((x) => x.text);
  assert.ok(!texts.some((t) => /^(She|But)\b/.test(t)), JSON.stringify(texts));
  assert.ok(!texts.some((t) => /damage is still being assessed/.test(t) && !/^\[T\]he damage/.test(t)), JSON.stringify(texts));
  const repaired = texts.find((t) => t.startsWith('[Ana Ruiz]'));
  assert.ok(repaired, `repaired sentence in ${JSON.stringify(texts)}`);
  assert.equal(repaired, '[Ana Ruiz] said the water rose faster than anyone expected.');
});

test('an unresolved pronoun opener is avoided', () => {
  const s = story([
    article({ id: 'x', text: 'He said the bridge would reopen next week after repairs. The city closed the bridge on Friday after cracks appeared in a pillar.' }),
  ]);
  const texts = synthesize(s, { words: 100 }).summary.map((x) => x.text);
  assert.deepEqual(texts, ['The city closed the bridge on Friday after cracks appeared in a pillar.']);
});

const CLUTTER: [string, boolean][] = [
  ['Skip to content', true],
  ['Read more: https://alpha.example/news', true],
  ['SUBSCRIBE NOW FOR UPDATES.', true],
  ['— Donald J. Trump (@realDonaldTrump) December 10, 2019', true],
  ['Trump, Lavrov and Sergei Kislyak at the White House in 2017', true], // a caption: no closing punctuation
  ['Image: picture-alliance/dpa/A. Shcherbak', true],
  ['Election interference', true],
  // negatives: ordinary sentences that only look odd
  ['The U.S. and NATO allies met in Brussels on Monday to discuss the plan.', false],
  ['"We are prepared to do that," Lavrov said through an interpreter.', false],
  ['The company said its profit rose 12% to $4.1 billion in the quarter.', false],
];
for (const [text, clutter] of CLUTTER) {
  test(`clutter: ${text}`, () => assert.equal(clutterReason(text) !== null, clutter, String(clutterReason(text))));
}

test('clutter never reaches the summary or the claims', () => {
  const b = synthesize(flood(), { words: 500 });
  for (const t of [...b.summary.map((x) => x.text), ...b.claims.map((x) => x.text)]) {
    assert.ok(!/https?:|SUBSCRIBE/.test(t), t);
  }
});

test('summary sentences are ordered by publication, then importance', () => {
  const b = synthesize(flood(), { words: 500 });
  const day = (id: string) => ({ a: '2024-03-05', b: '2024-03-05', c: '2024-03-06' })[id]!;
  const days = b.summary.map((x) => day(x.citations[0].article));
  assert.deepEqual(days, [...days].sort());
});

test('a connective opener is dropped when the rest stands alone, kept out when it does not', () => {
  const s = story([
    article({
      id: 'x',
      text:
        'The council met on Monday to vote on the new park budget. ' +
        'However, the vote was postponed until the auditors finish their report. ' +
        'But this would take several more weeks according to the clerk. ' +
        'Such delays have angered residents of the northern districts.',
    }),
  ]);
  const texts = synthesize(s, { words: 200 }).summary.map((x) => x.text);
  assert.ok(texts.includes('[T]he vote was postponed until the auditors finish their report.'), JSON.stringify(texts));
  assert.ok(!texts.some((t) => /^(But|However|Such)\b|^this/i.test(t)), JSON.stringify(texts));
});

test('an unresolved pronoun subject inside a sentence is avoided; a resolved one is replaced', () => {
  const s = story([
    article({
      id: 'x',
      text:
        'Officials said on Monday that he would resign after the inquiry into the contracts. ' +
        'The ministry confirmed that she signed the contracts without a tender in 2019. ' +
        'The city council approved the budget for the new parks on Monday evening.',
      entities: [{ name: 'Ana Ruiz', surfaces: ['Ana Ruiz'], pronouns: ['she'] }],
    }),
  ]);
  const texts = synthesize(s, { words: 200 }).summary.map((x) => x.text);
  assert.ok(!texts.some((t) => /he would resign/.test(t)), JSON.stringify(texts));
  assert.ok(texts.includes('The ministry confirmed that [Ana Ruiz] signed the contracts without a tender in 2019.'), JSON.stringify(texts));
});
