/**
 * Sentence boundaries against the hand-adjudicated sample (fixtures/analyze/entities-sample/
 * sentences.json): texts of the bundled example and of ../shared/eval, read in place. Floors
 * sit about 0.01 below the scores recorded in docs/evaluation.md.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { splitSentences } from '../../src/analyze/sentences.js';

const ROOT = join(import.meta.dirname, '..', '..');
const GOLD = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'analyze', 'entities-sample', 'sentences.json'), 'utf8')) as {
  sets: Record<string, { file: string; ends: number[] }[]>;
};
const FLOORS: Record<string, number> = { dev: 0.99, 'held-out': 0.98 };

for (const [set, files] of Object.entries(GOLD.sets)) {
  const missing = files.find((f) => !existsSync(join(ROOT, f.file)));
  test(`sentence boundaries on the ${set} sample reach F1 ${FLOORS[set]}`, { skip: missing ? `${missing.file} not found (../shared/eval beside the project?)` : false }, () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const f of files) {
      const raw = readFileSync(join(ROOT, f.file), 'utf8');
      const text = f.file.endsWith('.json') ? (JSON.parse(raw) as { text: string }).text : raw;
      // boundaries inside paragraphs only: a paragraph end is given
      const found = new Set(splitSentences(text).map((s) => s.end).filter((e) => !/^\s*$/.test(text.slice(e)) && !/^[ \t\r]*\n[ \t\r]*\n/.test(text.slice(e))));
      for (const e of found) if (f.ends.includes(e)) tp++; else fp++;
      for (const e of f.ends) if (!found.has(e)) fn++;
    }
    const p = tp / (tp + fp || 1);
    const r = tp / (tp + fn || 1);
    const f1 = (2 * p * r) / (p + r || 1);
    assert.ok(f1 >= FLOORS[set], `F1 ${f1.toFixed(3)} (P ${p.toFixed(3)}, R ${r.toFixed(3)}) is below the floor ${FLOORS[set]}`);
  });
}

const ALLSIDES = join(ROOT, '..', 'shared', 'eval', 'stories', 'allsides', 'articles.jsonl');
test('on every AllSides article, sentences are trimmed, ordered, inside one paragraph, numbered without gaps', { skip: existsSync(ALLSIDES) ? false : 'AllSides articles not found' }, () => {
  for (const line of readFileSync(ALLSIDES, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { id, text } = JSON.parse(line) as { id: string; text: string };
    let prevEnd = 0;
    let prevParagraph = 0;
    for (const s of splitSentences(text)) {
      const body = text.slice(s.start, s.end);
      assert.ok(s.start < s.end && s.start >= prevEnd && s.end <= text.length, `${id}: span ${s.start}-${s.end}`);
      assert.equal(body, body.trim(), `${id}: untrimmed ${JSON.stringify(body)}`);
      assert.ok(!/\n[ \t]*\n/.test(body), `${id}: crosses a paragraph break: ${JSON.stringify(body)}`);
      assert.ok(s.paragraph === prevParagraph || s.paragraph === prevParagraph + 1, `${id}: paragraph ${s.paragraph} after ${prevParagraph}`);
      prevEnd = s.end;
      prevParagraph = s.paragraph;
    }
  }
});
