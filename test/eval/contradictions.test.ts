import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { evaluate, verdictsOf, type Finding } from '../../eval/contradictions.js';

test('verdicts are read per set, keyed by story and the first characters of both sides', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-judged-'));
  try {
    const file = join(dir, 'judged.tsv');
    writeFileSync(
      file,
      ['set\tstory\tkind\tverdict\tside_a\tside_b', 'ecbplus\t20ecbplus\tnumber\tT\tThe 6.1-magnitude quake struck \tThe 5.9-magnitude quake struck', 'allsides\t5852\tnegation\tF\tx\ty', 'ecbplus\t1\tnegation\t?\ta\tb', ''].join('\n'),
    );
    const verdicts = verdictsOf('ecbplus', file);
    // trailing spaces of a 70-character cut do not matter; an unknown verdict is not one
    assert.deepEqual([...verdicts.values()], ['T']);
    assert.equal(verdicts.get('20ecbplus\u0000The 6.1-magnitude quake struck\u0000The 5.9-magnitude quake struck'), 'T');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('eval contradictions briefs each gold story of 3+ articles and counts unjudged findings as false', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-contra-set-'));
  try {
    const quake = (id: string, magnitude: string) => ({ id, title: `Quake strikes the island (${id})`, published: '2013-04-09', text: `The ${magnitude}-magnitude quake struck the island of Qeshm on Tuesday, killing 12 people in its villages, state media said.` });
    const rows = [quake('a1', '6.1'), quake('a2', '5.9'), quake('a3', '6.1'), { id: 'b1', title: 'Other', published: '2013-04-09', text: 'A small story of one article about a harbour.' }];
    writeFileSync(join(dir, 'articles.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n'));
    writeFileSync(join(dir, 'gold.tsv'), ['id\tstory', 'a1\tquake', 'a2\tquake', 'a3\tquake', 'b1\tharbour'].join('\n'));
    const report = (await evaluate(dir)) as { stories: number; found: number; unjudged: number; precision: number; findings: Finding[] };
    assert.equal(report.stories, 1, 'the one-article story is not briefed');
    assert.ok(report.found >= 1);
    assert.equal(report.findings[0].kind, 'number');
    assert.equal(report.unjudged, report.found, 'no verdict exists for this made-up set');
    assert.equal(report.precision, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a folder that is not a clustering set is named in the message', async () => {
  await assert.rejects(() => evaluate('/nonexistent/set'), /\/nonexistent\/set: expected articles\.jsonl and gold\.tsv/);
});
