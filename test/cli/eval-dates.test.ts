/**
 * `triangulate eval dates <labels.json>` through the built CLI: the report's shape on the
 * hand-labelled sample, and misuse named with its reason (exit 2).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'triangulate.js');
const LABELS = join(ROOT, 'fixtures', 'analyze', 'dates-sample', 'dates.json');
const SHARED = join(ROOT, '..', 'shared', 'eval', 'stories', 'allsides');

function triangulate(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT });
}

test('eval dates prints P/R/F1, resolution and the chrono baseline for every set', { skip: existsSync(SHARED) ? false : '../shared/eval not found beside the project' }, () => {
  const r = triangulate('eval', 'dates', LABELS);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { sets: Record<string, Record<string, unknown> & { baselines: { chrono: Record<string, unknown> } }> };
  assert.deepEqual(Object.keys(out.sets), ['dev', 'held-out', 'fresh', 'fresh-2', 'fresh-3']);
  for (const s of Object.values(out.sets)) {
    for (const key of ['precision', 'recall', 'f1', 'resolution', 'resolutionCoarser', 'endToEnd']) {
      assert.equal(typeof s[key], 'number', key);
      assert.equal(typeof s.baselines.chrono[key], 'number', `chrono ${key}`);
    }
    assert.ok(Array.isArray(s.errors));
  }
});

test('eval dates names a missing labels file (exit 2)', () => {
  const r = triangulate('eval', 'dates', 'no-such-labels.json');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /no-such-labels\.json not found/);
});

test('eval dates names a label whose value is not a date (exit 2)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eval-dates-'));
  const path = join(dir, 'labels.json');
  writeFileSync(path, JSON.stringify({ sets: { dev: [{ file: 'a.txt', reference: '2019-12-11', dates: [{ surface: 'Tuesday', value: 'last Tuesday' }] }] } }));
  const r = triangulate('eval', 'dates', path);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /a\.txt: date .*Tuesday.* needs a surface and a value/);
});

test('an unknown evaluation lists dates among the known ones (exit 2)', () => {
  const r = triangulate('eval', 'timelines', LABELS);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /\bdates\b/);
});
