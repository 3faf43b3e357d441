/** The scrapinghub benchmark metric (eval/extraction.ts), checked on hand-computed cases. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchShingles, score, shingles, tokenize } from '../../eval/extraction.js';

test('tokens are \\w+ runs with case kept; no marks, underscores kept', () => {
  assert.deepEqual(tokenize("It's a U.S. test_case, café 42!"), ['It', 's', 'a', 'U', 'S', 'test_case', 'café', '42']);
  assert.deepEqual(tokenize(''), []);
});

test('shingles: 4 tokens; a short text is one shorter shingle; an empty text none', () => {
  assert.deepEqual([...shingles('a b c d e').entries()], [['a b c d', 1], ['b c d e', 1]]);
  assert.deepEqual([...shingles('a b').entries()], [['a b', 1]]);
  assert.equal(shingles('').size, 0);
  assert.deepEqual([...shingles('x x x x x').entries()], [['x x x x', 2]]);
});

test('per-document multiset counts', () => {
  assert.deepEqual(matchShingles('a b c d e', 'a b c d e'), { tp: 2, fp: 0, fn: 0 });
  assert.deepEqual(matchShingles('a b c d e', 'a b c d'), { tp: 1, fp: 0, fn: 1 });
  assert.deepEqual(matchShingles('a b c d', 'z a b c d'), { tp: 1, fp: 1, fn: 0 });
  assert.deepEqual(matchShingles('x x x x x', 'x x x x'), { tp: 1, fp: 0, fn: 1 });
  assert.deepEqual(matchShingles('a b c d', ''), { tp: 0, fp: 0, fn: 1 });
});

test('macro precision over documents with a prediction, recall over documents with truth', () => {
  // doc 1 perfect; doc 2 empty prediction (costs recall only); doc 3 half wrong
  const s = score([{ tp: 2, fp: 0, fn: 0 }, { tp: 0, fp: 0, fn: 3 }, { tp: 1, fp: 1, fn: 0 }]);
  assert.equal(s.precision, 0.75);
  assert.equal(s.recall, 0.6667);
  assert.equal(s.f1, 0.7059);
  assert.deepEqual(score([]), { precision: 0, recall: 0, f1: 0 });
});
