import assert from 'node:assert/strict';
import { test } from 'node:test';
import { synthesize } from '../../src/synthesize/index.js';
import { article, story } from './story.js';

const statement = () => [
  article({
    id: 'r',
    outlet: 'Reuters',
    text: '"The minister warned against any attempts to close the port and urged talks," a spokesman for the ministry said in a statement. The port handles a third of the country\'s grain exports.',
  }),
  article({
    id: 'h',
    outlet: 'The Hill',
    text: 'The minister warned against "any attempts to close the port" during a meeting on Tuesday, according to the ministry. Shipping firms said they would wait before sending vessels.',
  }),
  article({
    id: 'i',
    outlet: 'IANS',
    text: '"The minister warned against any attempts to close the port and urged talks," ministry spokesman Omar Haddad said in a statement after the meeting. Farmers protested outside parliament on Wednesday.',
  }),
];

test('a statement quoted by three outlets is one claim with three independent sources', () => {
  const b = synthesize(story(statement()));
  const claim = b.claims.find((c) => /attempts to close the port/.test(c.text));
  assert.ok(claim);
  assert.equal(claim.support, 3);
  assert.equal(claim.singleSource, false);
  assert.deepEqual(new Set(claim.outlets), new Set(['Reuters', 'The Hill', 'IANS']));
  assert.equal(b.claims[0], claim, 'the best supported claim comes first');
});

test('wire copies count once: support counts copy groups, not articles', () => {
  const [r, h, i] = statement();
  const copy = article({ id: 'r2', outlet: 'Moscow Times', text: r.article.text });
  const b = synthesize(story([r, copy, h, i], [['r', 'r2']]));
  const claim = b.claims.find((c) => /attempts to close the port/.test(c.text))!;
  assert.equal(claim.support, 3);
  assert.equal(claim.outlets.length, 3);
  assert.ok(claim.outlets.includes('Reuters / Moscow Times'), claim.outlets.join(', '));
  const grain = b.claims.find((c) => /grain/.test(c.text))!;
  assert.equal(grain.support, 1);
  assert.equal(grain.singleSource, true);
  assert.equal(grain.citations.length, 2, 'both copies are cited');
});

test('identical articles without declared copies are corroboration of one source only', () => {
  const [r] = statement();
  const twin = article({ id: 'twin', outlet: 'Reprint Daily', text: r.article.text });
  const b = synthesize(story([r, twin]));
  for (const c of b.claims) assert.equal(c.support, 1, c.text);
});

test('different facts that share words are not merged (negative)', () => {
  const s = story([
    article({ id: 'a', text: 'The central bank raised interest rates by half a point on Thursday to fight inflation.' }),
    article({ id: 'b', text: 'The central bank said inflation fell to its lowest level in two years in March.' }),
  ]);
  const b = synthesize(s);
  assert.equal(b.claims.length, 2);
  assert.ok(b.claims.every((c) => c.singleSource));
});

test('sentences alike but for a figure of the same measure are two claims, each citing only its own articles (negative)', () => {
  const s = story([
    article({ id: 'a', text: 'Provincial officials put the death toll from the quake at 45 on Sunday.' }),
    article({ id: 'b', text: 'Provincial officials put the death toll from the quake at 61 on Sunday.' }),
    article({ id: 'c', text: 'On Sunday provincial officials put the death toll from the quake at 61.' }),
  ]);
  const b = synthesize(s);
  const low = b.claims.find((c) => /\b45\b/.test(c.text))!;
  const high = b.claims.find((c) => /\b61\b/.test(c.text))!;
  assert.deepEqual(low.citations.map((c) => c.article), ['a']);
  assert.deepEqual(new Set(high.citations.map((c) => c.article)), new Set(['b', 'c']));
  for (const line of b.summary) {
    const figure = /\b45\b/.test(line.text) ? 'a' : null;
    if (figure) assert.deepEqual(line.citations.map((c) => c.article), ['a'], line.text);
  }
});

test('per-outlet coverage lists claims and the claims no other outlet reported', () => {
  const b = synthesize(story(statement()));
  const hill = b.coverage.find((c) => c.outlet === 'The Hill')!;
  assert.deepEqual(hill.articles, ['h']);
  const shipping = b.claims.find((c) => /Shipping firms/.test(c.text))!;
  assert.ok(hill.exclusive.includes(shipping.id));
  const shared = b.claims.find((c) => /attempts to close the port/.test(c.text))!;
  assert.ok(hill.claims.includes(shared.id) && !hill.exclusive.includes(shared.id));
});

test('an article without an outlet is its own outlet', () => {
  const [r, h] = statement();
  const anon = article({ id: 'folder/x.txt', outlet: null, text: h.article.text });
  const b = synthesize(story([r, anon]));
  assert.ok(b.coverage.some((c) => c.outlet === 'folder/x.txt'));
});

test('a claim that is mostly words inside a quotation names who said them; the outlets\' own statements do not (table)', () => {
  const rows: { text: string; quote?: string; kind?: 'direct' | 'mixed' | 'indirect'; speaker: string | null }[] = [
    { text: '"Should anyone take steps against us, we will take action in response," he said.', quote: '"Should anyone take steps against us, we will take action in response,"', speaker: 'Mike Pompeo' },
    { text: 'Pompeo said the "talks were useful" for both sides.', quote: 'the "talks were useful" for both sides', kind: 'mixed', speaker: 'Mike Pompeo' },
    // negatives
    { text: 'Pompeo met the minister on Tuesday at the State Department in Washington.', speaker: null },
    { text: 'Pompeo met the minister, who called the visit "useful", on Tuesday at the State Department.', quote: '"useful"', speaker: null },
    { text: 'Pompeo said the talks had been useful for both sides and would go on.', quote: 'the talks had been useful for both sides and would go on', kind: 'indirect', speaker: null },
  ];
  for (const row of rows) {
    const quotes = row.quote ? [{ text: row.quote, speaker: 'Mike Pompeo', kind: row.kind ?? 'direct' }] : [];
    const b = synthesize(story([article({ id: 'a', outlet: 'A', text: row.text, entities: [{ name: 'Mike Pompeo', surfaces: ['Pompeo'] }], quotes })]));
    assert.equal(b.claims[0].speaker, row.speaker, row.text);
  }
});
