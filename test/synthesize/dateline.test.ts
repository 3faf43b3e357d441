import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datelineLength, labelLength } from '../../src/synthesize/units.js';
import { article } from './story.js';

test('datelines opening an article are skipped by briefing lines; look-alikes are not (table)', () => {
  const rows: { text: string; places?: string[]; dateline: string }[] = [
    { text: 'WASHINGTON — Travel restrictions were lifted on Monday for most visitors.', dateline: 'WASHINGTON — ' },
    { text: 'WASHINGTON (AP) — Democrats pushed a framework for the bill on Tuesday.', dateline: 'WASHINGTON (AP) — ' },
    { text: 'MOSCOW, Dec 10 (Reuters) - Russia said on Tuesday it would respond.', dateline: 'MOSCOW, Dec 10 (Reuters) - ' },
    { text: 'DES MOINES, Iowa (UPI) -- The caucus results were delayed again.', dateline: 'DES MOINES, Iowa (UPI) -- ' },
    { text: 'NEW DELHI – The government announced new rules on Friday.', dateline: 'NEW DELHI – ' },
    { text: 'Washington: US President Donald Trump has warned Russia against interfering.', places: ['Washington'], dateline: 'Washington: ' },
    // negatives
    { text: 'Lavrov: we are ready to publish the correspondence at any time.', dateline: '' },
    { text: 'Washington: a city that never sleeps, they say, and it is true.', places: ['Washington'], dateline: '' },
    { text: 'COVID-19 vaccine mandates have become a hotly contested issue.', dateline: '' },
    { text: 'NATO allies met in Brussels on Tuesday to discuss the plan.', dateline: '' },
    { text: 'U.S. officials said on Monday that talks would resume.', dateline: '' },
    { text: 'WASHINGTON —', dateline: '' },
  ];
  for (const row of rows) {
    const a = article({ id: 'a', text: row.text, entities: (row.places ?? []).map((name) => ({ name, type: 'place' as const })) });
    assert.equal(row.text.slice(0, datelineLength(a, 0)), row.dateline, row.text);
  }
});

test('newsroom labels before a sentence are skipped; a speaker before a colon is not (table)', () => {
  const rows: [string, string][] = [
    ['Driving the news: The announcement applies to air travel.', 'Driving the news: '],
    ['Why it matters: Nearly 40 million renters could face eviction.', 'Why it matters: '],
    ['BREAKING: The Senate passed the bill 69-30.', 'BREAKING: '],
    ['Yes, but: Officials said the plan could change.', 'Yes, but: '],
    // negatives
    ['Trump said: "We will win this one."', ''],
    ['Details of the plan were not released on Monday.', ''],
    ['Background checks: the bill would expand them.', ''],
  ];
  for (const [text, label] of rows) assert.equal(text.slice(0, labelLength(text, 0)), label, text);
});
