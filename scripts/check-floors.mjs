#!/usr/bin/env node
// Runs every evaluation listed in eval/floors/*.json and fails when a score is below its floor.
// A floor file: { "args": ["eval", "clustering", "../shared/eval/clustering/ecbplus"],
//                 "floors": { "bcubed.f1": 0.93 } }   (metric paths into the printed JSON)
// The recorded scores and their dates are in docs/evaluation.md.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'eval/floors';
const only = process.argv.slice(2);
let failed = 0;
for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  const spec = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  const started = Date.now();
  const run = spawnSync(process.execPath, ['bin/triangulate.js', ...spec.args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) {
    console.error(`floor ${name}: the evaluation failed (exit ${run.status})\n${run.stderr}`);
    failed++;
    continue;
  }
  const report = JSON.parse(run.stdout);
  for (const [path, floor] of Object.entries(spec.floors)) {
    const value = path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), report);
    const ok = typeof value === 'number' && value >= floor;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name} ${path} = ${value} (floor ${floor}) [${((Date.now() - started) / 1000).toFixed(1)} s]`);
    if (!ok) failed++;
  }
}
if (failed) {
  console.error(`${failed} evaluation floor(s) not met`);
  process.exit(1);
}
