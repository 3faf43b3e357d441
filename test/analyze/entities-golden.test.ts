/**
 * Golden fixtures of entity finding: fixtures/analyze/entities-<case>/input.json names a text
 * (the bundled example, or an AllSides article read in place from ../shared/eval); expected.json
 * lists its entities with variants, roles and mention counts. `UPDATE=1` rewrites them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { findEntities } from '../../src/analyze/entities/index.js';
import { splitSentences } from '../../src/analyze/sentences.js';
import { checkGolden, goldenCases } from '../golden.js';

const ROOT = join(import.meta.dirname, '..', '..');

for (const { name, dir } of goldenCases('analyze').filter((c) => c.name.startsWith('entities-') && existsSync(join(c.dir, 'input.json')))) {
  const { file } = JSON.parse(readFileSync(join(dir, 'input.json'), 'utf8')) as { file: string };
  const path = join(ROOT, file);
  test(`golden ${name}`, { skip: existsSync(path) ? false : `${file} not found (../shared/eval beside the project?)` }, () => {
    const raw = readFileSync(path, 'utf8');
    const text = file.endsWith('.json') ? (JSON.parse(raw) as { text: string }).text : raw;
    const { entities, messages } = findEntities(text, splitSentences(text));
    const summary = entities.map((e) => ({ name: e.name, type: e.type, variants: e.variants, roles: e.roles, mentions: e.mentions.length }));
    checkGolden(dir, { entities: summary, messages });
  });
}
