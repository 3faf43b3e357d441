import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadExceptions, rouge, rougeTokens, truncateWords } from '../../eval/rouge.js';

const EXCEPTIONS = join(import.meta.dirname, '../../../shared/eval/rouge/wordnet2.0_exceptions_rouge.tsv');
const close = (x: number, y: number) => assert.ok(Math.abs(x - y) < 1e-9, `${x} != ${y}`);

test('ROUGE-1/2/L on a worked example', () => {
  // ref: the cat was under the bed (6 tokens, 5 bigrams); candidate adds "found" (7 tokens, 6 bigrams)
  const s = rouge('The cat was found under the bed.', ['the cat was under the bed']);
  close(s.rouge1.r, 1);
  close(s.rouge1.p, 6 / 7);
  close(s.rouge2.r, 4 / 5);
  close(s.rouge2.p, 4 / 6);
  close(s.rougeL.r, 1);
  close(s.rougeL.p, 6 / 7);
  close(s.rouge2.f, (2 * 0.8 * (4 / 6)) / (0.8 + 4 / 6));
});

test('n-gram matches are clipped by the reference count', () => {
  const s = rouge('the the the the', ['the cat']);
  close(s.rouge1.r, 1 / 2);
  close(s.rouge1.p, 1 / 4);
});

test('tokens: lower-cased, punctuation splits, Porter stems for tokens longer than 3', () => {
  assert.deepEqual(rougeTokens("Russia's elections were U.S.-led"), ['russia', 's', 'elect', 'were', 'u', 's', 'led']);
  assert.deepEqual(rougeTokens('ran cats'), ['ran', 'cat']); // "ran" is 3 letters: never stemmed
});

test('the WordNet exception list applies before stemming', { skip: !existsSync(EXCEPTIONS) && 'exception list not found' }, () => {
  const ex = loadExceptions(EXCEPTIONS);
  assert.deepEqual(rougeTokens('children went found', ex), ['child', 'go', 'find']);
  close(rouge('The children went home', ['A child goes home'], { exceptions: ex }).rouge1.r, 3 / 4);
});

test('-l N truncates the candidate to N words', () => {
  assert.equal(truncateWords('a b  c d', 2), 'a b');
  close(rouge('cat dog bird', ['bird'], { words: 2 }).rouge1.r, 0);
});

test('several references are averaged; no reference words gives 0, not NaN', () => {
  const s = rouge('the cat', ['the cat', 'a dog']);
  close(s.rouge1.r, 0.5);
  assert.equal(rouge('', ['']).rouge1.f, 0);
});
