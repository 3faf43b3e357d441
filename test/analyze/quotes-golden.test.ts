/**
 * Golden fixtures of quotes and dates through the real pipeline pieces (extract -> analyze):
 * fixtures/analyze/{quotes,dates}-<case>/input.json names a text (the bundled example, or an
 * AllSides article read in place from ../shared/eval); expected.json lists what was found.
 * `UPDATE=1` rewrites them for review.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../src/analyze/index.js';
import type { AnalyzedArticle, SourceDocument } from '../../src/core/types.js';
import { extract } from '../../src/extract/index.js';
import { documentFromRecord } from '../../src/ingest/json.js';
import { checkGolden, goldenCases } from '../golden.js';

const ROOT = join(import.meta.dirname, '..', '..');

function analyzed(file: string, reference: string | null): AnalyzedArticle {
  const raw = readFileSync(join(ROOT, file), 'utf8');
  const doc = file.endsWith('.json')
    ? (documentFromRecord(JSON.parse(raw), file, file) as SourceDocument)
    : ({ id: file, origin: file, kind: 'text', content: raw, meta: {}, messages: [] } satisfies SourceDocument);
  const result = extract(doc);
  assert.ok(result.ok, `${file} extracts`);
  return analyze(result.value, { reference });
}

for (const { name, dir } of goldenCases('analyze').filter((c) => /^(quotes|dates)-/.test(c.name) && existsSync(join(c.dir, 'input.json')))) {
  // `reference`: the story's reference date, which the pipeline gives an undated article
  const { file, reference } = JSON.parse(readFileSync(join(dir, 'input.json'), 'utf8')) as { file: string; reference?: string };
  test(`golden ${name}`, { skip: existsSync(join(ROOT, file)) ? false : `${file} not found (../shared/eval beside the project?)` }, () => {
    const a = analyzed(file, reference ?? null);
    const text = a.article.text;
    if (name.startsWith('quotes-')) {
      for (const q of a.quotes) assert.equal(q.text, text.slice(q.start, q.end));
      checkGolden(dir, {
        quotes: a.quotes.map((q) => ({
          kind: q.kind,
          speaker: q.speaker?.name ?? null,
          entity: q.speaker?.entity ?? null,
          source: q.speaker?.span ? text.slice(q.speaker.span.start, q.speaker.span.end) : null,
          cue: q.cue ? text.slice(q.cue.start, q.cue.end) : null,
          text: q.text,
        })),
        messages: a.messages.filter((m) => m.rule === 'unclosed-quote'),
      });
    } else {
      checkGolden(dir, {
        published: a.article.published,
        dates: a.dates.map((d) => ({ surface: d.surface, value: d.value, granularity: d.granularity, relative: d.relative, reference: d.reference })),
      });
    }
  });
}
