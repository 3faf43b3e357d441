import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const BIN = join(import.meta.dirname, '../../bin/triangulate.js');
const EXAMPLE = join(import.meta.dirname, '../../examples/lavrov-2019');

function triangulate(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
}

test('brief --format json gives the stable shape for the example', () => {
  const r = triangulate('brief', EXAMPLE, '--format', 'json');
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.ok(Array.isArray(out.stories) && out.stories.length >= 1);
  for (const story of out.stories) {
    for (const key of ['id', 'title', 'articles', 'summary', 'claims', 'quotes', 'contradictions', 'timeline', 'entities', 'offTopic']) {
      assert.ok(key in story, `story has ${key}`);
    }
    for (const s of story.summary) assert.ok(s.citations.length > 0, `summary sentence is cited: ${s.text}`);
  }
});

test('a missing input is reported by name, the rest still briefed, exit code 1', () => {
  const r = triangulate('brief', '/no/such/file.txt', join(EXAMPLE, '000_cacf121650992dee.txt'), '--format', 'json');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /\/no\/such\/file\.txt: no such file/);
  assert.equal(JSON.parse(r.stdout).stories.length, 1);
});

test('bad files each get a message naming the file and the reason', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-bad-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
  writeFileSync(join(dir, 'notes.docx'), 'x');
  writeFileSync(join(dir, 'bad.jsonl'), '{"id":"a","text":"Fine text here."}\n{broken\n');
  const r = triangulate('brief', dir, '--format', 'json');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /empty\.txt: the input is empty/);
  assert.match(r.stderr, /binary\.txt: the input is binary/);
  assert.match(r.stderr, /notes\.docx: unknown file type/);
  assert.match(r.stderr, /bad\.jsonl: the JSON could not be parsed: line 2/);
  assert.equal(JSON.parse(r.stdout).stories.length, 1);
});

test('a folder with no articles says so', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-none-'));
  const r = triangulate('brief', dir);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /the folder holds no articles/);
});

test('misuse is refused at once with what was expected', () => {
  const r = triangulate('brief', EXAMPLE, '--format', 'yaml');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown format "yaml"; expected md\|json\|html/);
});
