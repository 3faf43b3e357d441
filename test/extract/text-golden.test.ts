/**
 * Golden fixtures of the text extractor: fixtures/extract/text-<case>/ with an input and
 * expected.json (title, outlet, published, url, byline, language, text, what was removed).
 * An `input.ref` names a file of the public eval sets (../shared/eval, never copied into the
 * project); such a case is skipped when the eval sets are not beside the checkout.
 * Every case also checks that the cleaned text maps back to the input exactly.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { extractTextReport } from '../../src/extract/text/index.js';
import { mapMismatches } from '../../src/extract/text/measure.js';
import { checkGolden, goldenCases } from '../golden.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** The input of a case: its text, whether it is Markdown, and a JSON container's metadata. */
function readCase(dir: string): { input: string; markdown: boolean; container: Record<string, string> | null } | null {
  let path = ['input.txt', 'input.md', 'input.json'].map((f) => join(dir, f)).find(existsSync);
  if (!path && existsSync(join(dir, 'input.ref'))) {
    path = join(ROOT, readFileSync(join(dir, 'input.ref'), 'utf8').trim());
    if (!existsSync(path)) return null;
  }
  if (!path) throw new Error(`${dir}: no input.txt, input.md, input.json or input.ref`);
  const content = readFileSync(path, 'utf8');
  if (path.endsWith('.json')) {
    const record = JSON.parse(content) as Record<string, string>;
    return { input: record.text, markdown: false, container: record };
  }
  return { input: content, markdown: path.endsWith('.md'), container: null };
}

for (const { name, dir } of goldenCases('extract').filter((c) => c.name.startsWith('text-'))) {
  const c = readCase(dir);
  test(`golden ${name}`, { skip: c ? false : 'the eval sets are not beside the checkout' }, () => {
    const { input, markdown, container } = c!;
    const { result, report } = extractTextReport(input, { markdown, title: container ? (container.title ?? null) : undefined });
    assert.ok(result.ok, JSON.stringify(result.messages));
    const v = result.value;
    assert.deepEqual(mapMismatches(input, v.text, v.sourceMap), [], 'the cleaned text maps back to the input');
    const removed: Record<string, number> = {};
    for (const r of report!.cleaned.removals) removed[r.rule] = (removed[r.rule] ?? 0) + 1;
    checkGolden(dir, {
      title: container?.title ?? v.title,
      outlet: container?.outlet ?? v.outlet,
      published: container?.published ?? v.published,
      url: container?.url ?? v.url,
      byline: v.byline,
      language: v.language,
      removed,
      text: v.text,
    });
  });
}
