/**
 * Benchmark of SGML ingest: TREC/DUC `<DOC>` records, in one big file (as Gigaword and AQUAINT
 * ship them) and as a folder of files named by DOCNO without a telling extension (as DUC ships
 * them, read by content sniffing).
 *
 *   node --import tsx bench/ingest-sgml.ts [copies]
 *   node --import tsx bench/ingest-sgml.ts --eval
 *       the AllSides summarization set rewritten in DUC's layout (docs/<id>/<DOCNO> SGML files
 *       without extension, models/<ID>.M.100.T.A references) in a temporary folder, scored next
 *       to the set as it is (JSON): the SGML path should give the same ROUGE
 *
 * Records are built from the 730 AllSides articles in ../shared/eval (the text is real news; the
 * SGML wrapping is generated here, half with <P> paragraphs, half TDT-style indented lines),
 * repeated `copies` times (default 10) for the big file. Prints records/s, MB/s and peak memory
 * (maxRSS) for ingest alone and for ingest + extract.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../src/extract/index.js';
import { ingest } from '../src/ingest/index.js';

const EVAL = join(import.meta.dirname, '..', '..', 'shared', 'eval');
const copies = Number(process.argv[2] === '--eval' ? 0 : (process.argv[2] ?? 10));

interface Row {
  id: string;
  title: string;
  text: string;
}

const rows: Row[] = readFileSync(join(EVAL, 'stories', 'allsides', 'articles.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Row);

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Wraps lines at 72 characters, TDT-style: the first line of a paragraph indented. */
function wrapped(paragraph: string): string {
  const lines: string[] = [];
  let line = '   ';
  for (const word of paragraph.split(/\s+/)) {
    if (line.length + word.length > 72) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += word + ' ';
  }
  lines.push(line.trimEnd());
  return lines.join('\n');
}

function record(row: Row, n: number, copy: number): { docno: string; sgml: string } {
  const day = String((n % 28) + 1).padStart(2, '0');
  const docno = `APW199810${day}.${String(copy * 10000 + n).padStart(4, '0')}`;
  const paragraphs = row.text.split(/\n\s*\n/).map((p) => escape(p.trim())).filter(Boolean);
  const body = n % 2 ? paragraphs.map((p) => `<P>\n${p}\n</P>`).join('\n') : paragraphs.map(wrapped).join('\n');
  const sgml = `<DOC>\n<DOCNO> ${docno} </DOCNO>\n<DOCTYPE> NEWS STORY </DOCTYPE>\n<DATE_TIME> 1998-10-${day} 11:53:00 </DATE_TIME>\n<BODY>\n<SLUG> BC-Bench </SLUG>\n<HEADLINE>\n${escape(row.title ?? '')}\n</HEADLINE>\n<TEXT>\n${body}\n</TEXT>\n</BODY>\n<TRAILER> AP-NY-10-${day}-98 1153EDT </TRAILER>\n</DOC>\n`;
  return { docno, sgml };
}

/** The AllSides set in DUC's layout, scored beside the original. */
async function evalAsDuc(): Promise<void> {
  const { evaluate } = await import('../eval/summarization.js');
  const source = join(EVAL, 'stories', 'allsides');
  const out = mkdtempSync(join(tmpdir(), 'tri-allsides-duc-'));
  try {
    for (const story of readdirSync(join(source, 'stories')).sort()) {
      const folder = join(out, 'docs', `d${story}t`);
      mkdirSync(folder, { recursive: true });
      readdirSync(join(source, 'stories', story)).sort().forEach((file, n) => {
        const a = JSON.parse(readFileSync(join(source, 'stories', story, file), 'utf8')) as { title: string | null; outlet: string | null; published: string | null; text: string };
        const docno = `ALS${(a.published ?? '2021-01-01').replace(/-/g, '')}.${String(n + 1).padStart(4, '0')}`;
        const paragraphs = a.text.split(/\n\s*\n/).map((p) => `<P>\n${escape(p.trim())}\n</P>`).join('\n');
        const date = a.published ? `<DATE_TIME> ${a.published} 00:00:00 </DATE_TIME>\n` : '';
        writeFileSync(join(folder, docno), `<DOC>\n<DOCNO> ${docno} </DOCNO>\n${date}<SOURCE> ${escape(a.outlet ?? '')} </SOURCE>\n<HEADLINE>\n${escape(a.title ?? '')}\n</HEADLINE>\n<TEXT>\n${paragraphs}\n</TEXT>\n</DOC>\n`);
      });
    }
    mkdirSync(join(out, 'models'));
    for (const ref of readdirSync(join(source, 'refs'))) {
      const [id] = ref.split('.');
      writeFileSync(join(out, 'models', `D${id}.M.100.T.A`), readFileSync(join(source, 'refs', ref)));
    }
    const summary = (r: any) => `stories ${r.stories}, skipped ${r.skipped.length}; system R-1 ${r.system.rouge1.r} R-2 ${r.system.rouge2.r} L-F ${r.system.rougeL.f}; Lead R-1 ${r.lead.rouge1.r} R-2 ${r.lead.rouge2.r}; ${r.seconds} s`;
    console.log(`AllSides as JSON:        ${summary(await evaluate(source, { words: 75 }))}`);
    console.log(`AllSides in DUC layout:  ${summary(await evaluate(out, { words: 75 }))}`);
    console.log(`peak memory (maxRSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--eval') {
  await evalAsDuc();
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'tri-bench-sgml-'));
try {
  const big = join(dir, 'gigaword-like.sgml');
  const parts: string[] = [];
  for (let c = 0; c < copies; c++) rows.forEach((row, n) => parts.push(record(row, n, c).sgml));
  writeFileSync(big, parts.join(''));
  const folder = join(dir, 'd30001t');
  mkdirSync(folder);
  rows.forEach((row, n) => {
    const { docno, sgml } = record(row, n, 0);
    writeFileSync(join(folder, docno), sgml);
  });

  const run = async (what: string, input: string, bytes: number, withExtract: boolean) => {
    const started = performance.now();
    const { documents, messages } = await ingest([input]);
    let extracted = 0;
    if (withExtract) for (const doc of documents) if (extract(doc).ok) extracted++;
    const seconds = (performance.now() - started) / 1000;
    const errors = messages.filter((m) => m.severity === 'error').length;
    console.log(
      `${what.padEnd(44)} ${String(documents.length).padStart(6)} records  ${(documents.length / seconds).toFixed(0).padStart(7)} records/s  ${(bytes / 1e6 / seconds).toFixed(1).padStart(6)} MB/s` +
        `${withExtract ? `  ${extracted} extracted` : ''}  errors ${errors}`,
    );
  };
  const bigBytes = statSync(big).size;
  const folderBytes = rows.reduce((n, row, i) => n + Buffer.byteLength(record(row, i, 0).sgml), 0);
  console.log(`input: ${rows.length} AllSides articles; one file of ${copies} copies (${(bigBytes / 1e6).toFixed(1)} MB), one folder of ${rows.length} DOCNO-named files (${(folderBytes / 1e6).toFixed(1)} MB)`);
  await run('one file, ingest', big, bigBytes, false);
  await run('folder of DOCNO-named files (sniffed), ingest', folder, folderBytes, false);
  await run('one file, ingest + extract', big, bigBytes, true);
  await run('folder, ingest + extract', folder, folderBytes, true);
  console.log(`peak memory (maxRSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
