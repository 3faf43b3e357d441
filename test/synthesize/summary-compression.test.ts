/**
 * Sentence compression: a summary sentence may end early at a clause boundary, as a verbatim span
 * of its source, never inside a quotation and never dropping an attribution.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shortenings } from '../../src/synthesize/summary.js';
import { synthesize } from '../../src/synthesize/index.js';
import { indexStory } from '../../src/synthesize/units.js';
import { wordCount } from '../../src/synthesize/text.js';
import { article, story } from './story.js';

function cutsOf(text: string, quotes: string[] = []): string[] {
  const s = story([article({ id: 'a', outlet: 'A', text, quotes: quotes.map((q) => ({ text: q, speaker: null })) })]);
  const index = indexStory(s);
  return shortenings(index.units[0], index).map((u) => u.text);
}

const rows: { name: string; text: string; quotes?: string[]; expected: string[] }[] = [
  {
    name: 'a relative clause after a comma',
    text: 'Former Secretary of State Colin Powell died on Monday at the age of 84, which ended a career of five decades in public life.',
    expected: ['Former Secretary of State Colin Powell died on Monday at the age of 84'],
  },
  {
    name: 'a semicolon between two clauses',
    text: 'The Senate passed the infrastructure bill by a wide margin on Tuesday; the House will vote next week.',
    expected: ['The Senate passed the infrastructure bill by a wide margin on Tuesday'],
  },
  {
    name: 'a dash opening an elaboration',
    text: 'Texas Governor Greg Abbott issued another executive order on vaccine mandates — this time banning any entity from requiring shots.',
    expected: ['Texas Governor Greg Abbott issued another executive order on vaccine mandates'],
  },
  {
    name: 'several boundaries give several cuts, shortest last dropped when under half the sentence',
    text: 'The panel voted unanimously on Thursday to recommend booster shots for older adults, citing waning immunity, because the data showed more breakthrough infections.',
    expected: [
      'The panel voted unanimously on Thursday to recommend booster shots for older adults',
      'The panel voted unanimously on Thursday to recommend booster shots for older adults, citing waning immunity',
    ],
  },
  // Negative cases: things that look like a boundary and are not a safe cut.
  {
    name: 'negative: a trailing attribution is kept (", officials said")',
    text: 'A dam on the Green River failed on Monday and flooded the town of Riverton, officials said.',
    expected: [],
  },
  {
    name: 'negative: ", according to" carries the attribution',
    text: 'Colin Powell died on Monday from complications of COVID-19 at 84, according to his family.',
    expected: [],
  },
  {
    name: 'negative: the attribution is in the part a cut would leave out',
    text: 'The economy grew by 3 percent in the third quarter of the year, which was faster than expected, the Commerce Department said.',
    expected: [],
  },
  {
    name: 'a cut that keeps its own attribution',
    text: 'The Commerce Department said the economy grew by 3 percent in the third quarter, which was faster than most forecasters expected.',
    expected: ['The Commerce Department said the economy grew by 3 percent in the third quarter'],
  },
  {
    name: 'negative: a cut inside a quotation',
    text: 'Pompeo said that “we will not accept interference, which we have seen before, in any election” at the press conference.',
    quotes: ['“we will not accept interference, which we have seen before, in any election”'],
    expected: [],
  },
  {
    name: 'negative: what is kept would be too short',
    text: 'The bill passed, which surprised many lawmakers who had expected a long fight over the spending levels in it.',
    expected: [],
  },
  {
    name: 'negative: a plain list comma is no boundary',
    text: 'The White House said the Port of Los Angeles, UPS, FedEx and Walmart will commit to round-the-clock work hours.',
    expected: [],
  },
];

for (const row of rows) {
  test(`shortenings: ${row.name}`, () => {
    assert.deepEqual(cutsOf(row.text, row.quotes), row.expected);
  });
}

test('a shortened summary sentence is the exact text of its first citation', () => {
  const long =
    'Regulators approved the merger of the two largest regional railways on Wednesday after a review of two years, ' +
    'which critics said would raise freight prices across the Midwest and cost hundreds of jobs in small towns.';
  const s = story([
    article({ id: 'a', outlet: 'A', text: long }),
    article({ id: 'b', outlet: 'B', text: 'Regulators approved the merger of the two largest regional railways on Wednesday, officials said.' }),
  ]);
  for (const words of [20, 40, 75]) {
    const b = synthesize(s, { words });
    assert.ok(b.summary.reduce((n, x) => n + wordCount(x.text), 0) <= words);
    for (const line of b.summary) {
      const c = line.citations[0];
      const source = s.articles.find((a) => a.article.id === c.article)!.article.text;
      assert.equal(source.slice(c.start, c.end).replace(/\s+/g, ' '), line.text);
    }
  }
});
