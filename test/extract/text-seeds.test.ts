/**
 * Issue #2 on the bundled example (examples/lavrov-2019): none of the listed clutter survives,
 * the broken sentences are joined, and each article's metadata is read from its own text.
 * The same rules run on AllSides and PolNeAR texts (text-eval.test.ts): nothing here is keyed
 * to these articles.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { extractText } from '../../src/extract/text/index.js';

const EXAMPLE = join(import.meta.dirname, '..', '..', 'examples', 'lavrov-2019');
const CLUTTER = ['Skip to content', 'Embed:', 'pic.twitter.com', 'MORE', 'Geraldo Rivera', 'Scott Atlas', 'Accessibility links', 'RFE/RL has been declared', 'Original url', 'cw/dr', '16x9', 'sign up', 'contributed', '(IANS)', 'Image:', '**', '](#)'];

const articles = readdirSync(EXAMPLE)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    const r = extractText(readFileSync(join(EXAMPLE, f), 'utf8'));
    assert.ok(r.ok, f);
    return { file: f, ...r.value };
  });

test('no clutter of issue #2 in any cleaned seed article', () => {
  assert.equal(articles.length, 5);
  for (const a of articles) for (const c of CLUTTER) assert.ok(!a.text.includes(c), `${a.file} still has "${c}"`);
});

test('sentences broken across a blank line are joined', () => {
  const all = articles.map((a) => a.text).join('\n\n');
  assert.ok(all.includes('White House spokesman Judd Deere said in a statement'));
  assert.ok(all.includes('added Lavrov through an interpreter at the news conference'));
});

test('outlets and dates come from each text', () => {
  assert.deepEqual(
    articles.map((a) => [a.outlet, a.published]),
    [
      ['The Moscow Times', '2019-12-11'],
      [null, null],
      ['DW', '2019-12-11'],
      ['IANS', null],
      ['RFE/RL', null],
    ],
  );
});
