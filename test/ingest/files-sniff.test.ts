/**
 * Files whose extension says nothing (DUC names files by DOCNO: `APW19981016.0240`) are read by
 * their content; extensions that name something else are still refused by name; folders still
 * skip licences, readmes and dotfiles.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { ingest } from '../../src/ingest/index.js';
import { kindOfPath, sniffFormat } from '../../src/ingest/files.js';

const PROSE = 'The harbour authority said on Thursday that the port would reopen after a week-long closure caused by the storm, and that ferries would run a reduced timetable until Sunday.';
const SGML = `<DOC>\n<DOCNO> APW19981016.0240 </DOCNO>\n<DATE_TIME> 10/16/1998 11:53:00 </DATE_TIME>\n<HEADLINE> Port reopens </HEADLINE>\n<TEXT>\n ${PROSE}\n</TEXT>\n</DOC>\n`;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1]);

test('content sniffing: the start of the text decides, most specific first', () => {
  const rows: [string, string][] = [
    [SGML, 'sgml'],
    ['\n\n  <DOC>\n<DOCNO>X</DOCNO>', 'sgml'],
    ['<doc id="AFP_ENG_20050101.0001" type="story">', 'sgml'],
    ['<?xml version="1.0"?>\n<DOCSTREAM>\n<DOC id="x">', 'sgml'],
    ['\uFEFF<DOC>', 'sgml'],
    ['<!DOCTYPE html><html><body>x</body></html>', 'html'],
    ['<html lang="en">', 'html'],
    ['<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', 'html'],
    ['<?xml version="1.0"?><rss version="2.0">', 'feed'],
    ['<feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
    ['{"id": "a", "text": "x"}', 'json'],
    ['{\n  "id": "a",\n  "text": "x"\n}', 'json'],
    ['{"id": "a"}\n{"id": "b"}\n', 'jsonl'],
    ['[{"id": "a"}]', 'json'],
    [PROSE, 'text'],
    ['@highlight\nA CNN/DailyMail .story file is text', 'text'],
    // near misses: a tag that starts with DOC is not a record, nor is a record mentioned in prose
    ['<DOCNO> APW19981016.0240 </DOCNO>', 'html'],
    ['<DOCUMENT>', 'html'],
    [`The corpus wraps each story in <DOC> tags. ${PROSE}`, 'text'],
    ['<!DOCTYPE note>\n<note>x</note>', 'html'],
  ];
  for (const [head, expected] of rows) assert.equal(sniffFormat(head), expected, JSON.stringify(head.slice(0, 40)));
});

test('extensions: known ones decide; DOCNO suffixes and unknown ones leave it to the content', () => {
  const rows: [string, string | null][] = [
    ['a.txt', 'text'],
    ['a.sgml', 'sgml'],
    ['a.SGM', 'sgml'],
    ['a.html.gz', 'html'],
    ['a.warc.gz', 'warc'],
    ['APW19981016.0240', null],
    ['LA010189-0001', null],
    ['a.doc', null],
    ['a.story', null],
  ];
  for (const [path, expected] of rows) assert.equal(kindOfPath(path), expected, path);
});

test('files without a telling extension: read by content, or refused naming the file and why', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-sniff-'));
  const file = (name: string, content: string | Buffer) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };
  const rows: { name: string; content: string | Buffer; ids?: string[]; kind?: string; text?: string; rule?: string; detail?: RegExp }[] = [
    { name: 'APW19981016.0240', content: SGML, ids: ['APW19981016.0240'], kind: 'text' },
    { name: 'wire.doc', content: SGML.replace('APW19981016.0240', 'NYT19981016.0219'), ids: ['NYT19981016.0219'], kind: 'text' },
    { name: 'wire.sgml.gz', content: gzipSync(SGML.replace('APW19981016.0240', 'XIE19981017.0146')), ids: ['XIE19981017.0146'], kind: 'text' },
    { name: 'APW19981016.0240.txt', content: SGML.replace('APW19981016.0240', 'APW19981016.0241'), ids: ['APW19981016.0241'], kind: 'text', text: PROSE },
    { name: 'aquaint2.xml', content: `<?xml version="1.0"?>\n<DOCSTREAM>\n${SGML.replace('APW19981016.0240', 'APW19981016.0242')}</DOCSTREAM>\n`, ids: ['APW19981016.0242'], kind: 'text' },
    // near miss: a .txt article that talks about <DOC> tags stays a text article
    { name: 'about-sgml.txt', content: `Corpora wrap each story in <DOC> tags. ${PROSE}`, kind: 'text' },
    { name: 'cnn.story', content: `${PROSE}\n\n@highlight\n\nPort reopens`, kind: 'text', text: PROSE },
    { name: 'no-highlights.story', content: `${PROSE}\n`, kind: 'text', text: PROSE },
    // near miss: "@highlight" in a file that is not a .story stays text as written
    { name: 'notes.0001', content: `${PROSE}\n@highlight\nkept`, kind: 'text', text: `${PROSE}\n@highlight\nkept` },
    { name: 'page', content: `<!doctype html><html><head><title>Port</title></head><body><article><p>${PROSE}</p><p>${PROSE}</p></article></body></html>`, kind: 'html' },
    { name: 'record.dat', content: JSON.stringify({ id: 'r1', title: 'Port reopens', text: PROSE }), ids: ['r1'], kind: 'text' },
    { name: 'lines.0001', content: `${JSON.stringify({ id: 'l1', text: PROSE })}\n${JSON.stringify({ id: 'l2', text: PROSE })}\n`, ids: ['l1', 'l2'] },
    // refused: binary content behind an unknown extension, a Word file named .doc, a .docx of text
    { name: 'photo.0240', content: PNG, rule: 'unknown-format', detail: /"\.0240" holding binary data/ },
    { name: 'word.doc', content: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64)]), rule: 'unknown-format', detail: /"\.doc" holding binary data/ },
    { name: 'notes.docx', content: PROSE, rule: 'unknown-format', detail: /"\.docx"/ },
    { name: 'table.csv', content: 'a,b\n1,2\n', rule: 'unknown-format', detail: /"\.csv"/ },
    { name: 'empty.0001', content: '', rule: 'empty-input' },
    { name: 'broken.sgml', content: `no records, just ${PROSE}`, rule: 'malformed-sgml' },
  ];
  for (const row of rows) {
    const path = file(row.name, row.content);
    const { documents, messages } = await ingest([path]);
    if (row.rule) {
      assert.deepEqual(documents, [], row.name);
      assert.deepEqual(messages.map((m) => [m.input, m.rule]), [[path, row.rule]], row.name);
      if (row.detail) assert.match(messages[0].reason, row.detail, row.name);
    } else {
      assert.deepEqual(messages, [], row.name);
      if (row.text !== undefined) assert.equal(documents[0].content.trim(), row.text, row.name);
      assert.deepEqual(documents.map((d) => d.id), row.ids ?? [path], row.name);
      if (row.kind) assert.ok(documents.every((d) => d.kind === row.kind), `${row.name}: ${documents.map((d) => d.kind)}`);
    }
  }
});

test('a DUC-style folder: records read by content, licences, readmes and dotfiles skipped', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-sniff-folder-'));
  mkdirSync(join(dir, 'd30001t'));
  writeFileSync(join(dir, 'd30001t', 'APW19981016.0240'), SGML);
  writeFileSync(join(dir, 'd30001t', 'NYT19981016.0219'), SGML.replace('APW19981016.0240', 'NYT19981016.0219'));
  writeFileSync(join(dir, 'README'), 'DUC-style test set\n');
  writeFileSync(join(dir, 'LICENSE'), 'Use freely\n');
  writeFileSync(join(dir, '.DS_Store'), Buffer.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]));
  const { documents, messages } = await ingest([dir]);
  assert.deepEqual(messages, []);
  assert.deepEqual(documents.map((d) => [d.id, d.meta.outlet, d.meta.published]), [
    ['APW19981016.0240', 'AP', '1998-10-16'],
    ['NYT19981016.0219', 'The New York Times', '1998-10-16'],
  ]);
});

test('a folder of nothing readable still says no-articles, naming SGML among the formats', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-sniff-empty-'));
  writeFileSync(join(dir, 'README.md'), 'notes');
  const { messages } = await ingest([dir]);
  assert.deepEqual(messages.map((m) => m.rule), ['no-articles']);
  assert.match(messages[0].reason, /SGML/);
});

test('standard input holding SGML records is read as records', async () => {
  const { documents, messages } = await ingest(['-'], { stdin: Readable.from([Buffer.from(SGML)]) });
  assert.deepEqual(messages, []);
  assert.deepEqual(documents.map((d) => [d.id, d.origin, d.meta.title]), [['APW19981016.0240', '-', 'Port reopens']]);
});
