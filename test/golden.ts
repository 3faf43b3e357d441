/**
 * Golden fixtures: `fixtures/<stage>/<case>/{input..., expected.json}`. A runner lists the cases
 * of a stage and compares what the stage produces with `expected.json`; `UPDATE=1 npm test`
 * rewrites the expectations for review (git diff shows what changed).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const UPDATE = process.env.UPDATE === '1';

/** The case folders of a stage, sorted. */
export function goldenCases(stage: string): { name: string; dir: string }[] {
  const root = join(FIXTURES, stage);
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => statSync(join(root, name)).isDirectory())
    .sort()
    .map((name) => ({ name, dir: join(root, name) }));
}

/** Compares `actual` with `<dir>/<file>`, or writes it when UPDATE=1 or the file is missing. */
export function checkGolden(dir: string, actual: unknown, file = 'expected.json'): void {
  const path = join(dir, file);
  const json = JSON.stringify(actual, null, 2) + '\n';
  if (UPDATE || !existsSync(path)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, json);
    if (!UPDATE) assert.fail(`${path} did not exist and was written; review it and run again`);
    return;
  }
  assert.deepEqual(JSON.parse(json), JSON.parse(readFileSync(path, 'utf8')), `${path} differs; UPDATE=1 rewrites it`);
}
