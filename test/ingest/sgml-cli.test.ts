/**
 * SGML and sniffed inputs through the command line: good records briefed, bad files named on
 * stderr with their reason, exit code 1 when an input failed, no stack trace.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const BIN = join(import.meta.dirname, '../../bin/triangulate.js');

const record = (docno: string, headline: string, text: string) =>
  `<DOC>\n<DOCNO> ${docno} </DOCNO>\n<DATE_TIME> 1998-10-16 11:53:00 </DATE_TIME>\n<HEADLINE> ${headline} </HEADLINE>\n<TEXT>\n<P>\n${text}\n</P>\n</TEXT>\n</DOC>\n`;

const FLOOD = 'Floodwater closed the main road into Riverton on Friday after two days of rain, and the council opened a shelter at the town hall for families whose homes were flooded.';
const FLOOD2 = 'The council of Riverton opened a shelter at the town hall on Friday for families flooded out of their homes after two days of rain closed the main road.';

test('brief on a folder of SGML files with bad ones among them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-sgml-cli-'));
  writeFileSync(join(dir, 'APW19981016.0001'), record('APW19981016.0001', 'Floods close Riverton road', FLOOD));
  writeFileSync(join(dir, 'wire.sgml'), record('NYT19981016.0002', 'Riverton opens flood shelter', FLOOD2) + '<DOC>\n<DOCNO> NYT19981016.0003 </DOCNO>\n<TEXT>\nCut off in the mid');
  writeFileSync(join(dir, 'photo.0002'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3, 4]));
  writeFileSync(join(dir, 'notes.sgm'), 'No records in here at all.\n');
  const r = spawnSync(process.execPath, [BIN, 'brief', dir, '--format', 'json'], { encoding: 'utf8' });
  assert.equal(r.status, 1, r.stderr);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
  const line = (name: string, rule: string) => r.stderr.split('\n').some((l) => l.includes(name) && l.includes(`/${rule}]`));
  assert.ok(line('photo.0002', 'unknown-format'), r.stderr);
  assert.ok(line('notes.sgm', 'malformed-sgml'), r.stderr);
  assert.ok(line('wire.sgml', 'malformed-sgml') && /NYT19981016\.0003 has no <\/DOC>/.test(r.stderr), r.stderr);
  const { stories } = JSON.parse(r.stdout);
  const articles = stories.flatMap((s: { articles: { id: string; outlet: string; title: string; published: string }[] }) => s.articles).map((a: { id: string; outlet: string }) => [a.id, a.outlet]);
  assert.deepEqual(articles.sort(), [['APW19981016.0001', 'AP'], ['NYT19981016.0002', 'The New York Times'], ['NYT19981016.0003', 'The New York Times']]);
});
