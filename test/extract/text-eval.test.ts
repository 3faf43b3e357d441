/**
 * The cleaner on texts that are already clean article text (../shared/eval: AllSides lead
 * paragraphs, PolNeAR articles): it must keep nearly every character, and its map back to the
 * input must be exact on every text. Skipped when the eval sets are not beside the checkout.
 * The numbers are recorded in docs/evaluation.md ("Text clean-up").
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { cleanText } from '../../src/extract/text/clean.js';
import { mapMismatches, measureKept, type MeasuredText } from '../../src/extract/text/measure.js';

const EVAL = join(import.meta.dirname, '..', '..', '..', 'shared', 'eval');
const ALLSIDES = join(EVAL, 'stories', 'allsides', 'stories');
const POLNEAR = join(EVAL, 'quotes', 'polnear');
const ECBPLUS = join(EVAL, 'clustering', 'ecbplus', 'articles.jsonl');

/** Floors about 0.01 below the measured shares (2026-11-22: AllSides 1.0000, PolNeAR 0.9972 (tweet tags included)). */
const FLOORS = { allsides: 0.99, polnear: 0.987, ecbplus: 0.99 };

function allsides(): MeasuredText[] {
  return readdirSync(ALLSIDES).flatMap((story) =>
    readdirSync(join(ALLSIDES, story)).map((f) => {
      const a = JSON.parse(readFileSync(join(ALLSIDES, story, f), 'utf8')) as { text: string; title?: string };
      return { id: `${story}/${f}`, text: a.text, title: a.title ?? null };
    }),
  );
}

function polnear(): MeasuredText[] {
  return ['train', 'dev'].flatMap((split) => {
    const dir = join(POLNEAR, split, 'text');
    return readdirSync(dir).map((f) => ({ id: `${split}/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
  });
}

function ecbplus(): MeasuredText[] {
  return readFileSync(ECBPLUS, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const a = JSON.parse(l) as { id: string; text: string; title?: string };
      return { id: a.id, text: a.text, title: a.title ?? null };
    });
}

const skip = existsSync(ALLSIDES) && existsSync(POLNEAR) ? false : 'the eval sets are not beside the checkout';

test('AllSides leads: the cleaner keeps the text', { skip }, (t) => {
  const r = measureKept(allsides(), 5);
  t.diagnostic(`allsides: ${r.texts} texts, kept ${r.kept.toFixed(4)}, touched ${r.textsTouched}, by rule ${JSON.stringify(r.byRule)}`);
  assert.ok(r.kept >= FLOORS.allsides, `kept ${r.kept}`);
});

test('PolNeAR articles: the cleaner keeps the text', { skip }, (t) => {
  const r = measureKept(polnear(), 5);
  t.diagnostic(`polnear: ${r.texts} texts, kept ${r.kept.toFixed(4)}, touched ${r.textsTouched}, by rule ${JSON.stringify(r.byRule)}`);
  assert.ok(r.kept >= FLOORS.polnear, `kept ${r.kept}`);
});

test('ECB+ articles: the cleaner keeps the text', { skip: existsSync(ECBPLUS) ? false : 'the eval sets are not beside the checkout' }, (t) => {
  const r = measureKept(ecbplus(), 5);
  t.diagnostic(`ecbplus: ${r.texts} texts, kept ${r.kept.toFixed(4)}, touched ${r.textsTouched}, by rule ${JSON.stringify(r.byRule)}`);
  assert.ok(r.kept >= FLOORS.ecbplus, `kept ${r.kept}`);
});

test('the map back to the input is exact on every eval text', { skip }, () => {
  for (const t of [...allsides(), ...polnear()]) {
    const c = cleanText(t.text, { title: t.title });
    assert.deepEqual(mapMismatches(t.text, c.text, c.sourceMap).slice(0, 3), [], t.id);
  }
});
