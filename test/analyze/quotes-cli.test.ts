import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import test from 'node:test';
import { run } from '../../src/cli/commands/quotes.js';

const EXAMPLE = join(import.meta.dirname, '../../examples/lavrov-2019');

interface Printed {
  article: string;
  text: string;
  start: number;
  end: number;
  kind: string;
  speaker: { name: string; start: number | null; end: number | null } | null;
  cue: { start: number; end: number } | null;
}

async function quotes(...args: string[]): Promise<{ code: number; out: Printed[]; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks: string[] = [];
  const errs: string[] = [];
  stdout.on('data', (c) => chunks.push(String(c)));
  stderr.on('data', (c) => errs.push(String(c)));
  const code = await run([...args, '--format', 'json'], { stdout, stderr, stdin: new PassThrough() });
  return { code, out: JSON.parse(chunks.join('')), err: errs.join('') };
}

/** The input as code points, as brat and DESIGN.md count offsets. */
const points = (path: string) => Array.from(readFileSync(path, 'utf8'));

test('quotes --format json: offsets are code points of the input as read (seed articles)', async () => {
  const files = readdirSync(EXAMPLE).filter((f) => f.endsWith('.txt')).map((f) => join(EXAMPLE, f));
  const { code, out } = await quotes(...files);
  assert.equal(code, 0);
  assert.ok(out.length > 10);
  for (const q of out) {
    const input = points(files.find((f) => f.endsWith(q.article))!);
    const slice = input.slice(q.start, q.end).join('');
    // a quote whose span crosses text the cleaner removed (The Hill's glued hover cards) is
    // longer in the input; its ends still land exactly
    // the cleaner may normalise whitespace (a no-break space, doubled spaces) inside a quote
    const same = (a: string) => a.replace(/[\s\u00a0\u200b]+/g, ' ');
    if (same(slice) !== same(q.text)) {
      assert.ok(slice.length > q.text.length, `${q.article} ${q.start}-${q.end}: ${slice} vs ${q.text}`);
      assert.equal(slice.slice(0, 12), q.text.slice(0, 12));
      assert.equal(slice.slice(-12), q.text.slice(-12));
    }
    if (q.cue) assert.match(input.slice(q.cue.start, q.cue.end).join(''), /^[A-Za-z ]+$/);
    if (q.speaker?.start != null) assert.ok(q.speaker.end! > q.speaker.start);
  }
});

test('quotes --format json: astral characters and clutter before a quote do not shift offsets', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'quotes-'));
  const path = join(dir, 'emoji.txt');
  const body = 'Emoji 😀 title 🇺🇸\n\nSkip to content\n\nThe senator 😀 spoke. "We are ready to vote on it," Smith said on Tuesday.\n';
  writeFileSync(path, body);
  const { out } = await quotes(path);
  const q = out.find((x) => x.text.includes('ready'));
  assert.ok(q, JSON.stringify(out));
  assert.equal(Array.from(body).slice(q.start, q.end).join(''), '"We are ready to vote on it,"');
  assert.equal(Array.from(body).slice(q.speaker!.start!, q.speaker!.end!).join(''), 'Smith');
});

test('quotes --format json: a quote that never closes is reported on stderr with the file name', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'quotes-'));
  const path = join(dir, 'unclosed.txt');
  writeFileSync(path, 'Title\n\nSmith said: "We are ready to publish everything\n\nThe talks went on for hours.\n');
  const { code, out, err } = await quotes(path);
  assert.equal(code, 0);
  assert.ok(out.every((q) => !q.text.includes('talks went on')));
  assert.match(err, /unclosed\.txt: .*never closes.*\[analyze\/unclosed-quote\]/);
});
