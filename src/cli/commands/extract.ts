/** `triangulate extract <file.html|URL...> [--url URL] [--format json|text]`; several inputs give JSONL. */
import { parseArgs } from 'node:util';
import { extract } from '../../extract/index.js';
import { ingest } from '../../ingest/index.js';
import { emit, report, type Io } from '../io.js';
import { INPUT_OPTIONS, inputOptions, oneOf, requireInputs } from '../options.js';

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...INPUT_OPTIONS, format: { type: 'string', short: 'f' }, url: { type: 'string' }, out: { type: 'string', short: 'o' } },
  });
  requireInputs(positionals);
  const format = oneOf(values.format, ['json', 'text'] as const, 'format', 'json');
  // online use: a feed given by URL has the pages of its thin entries fetched (see ingest/feed.ts)
  const { documents, messages } = await ingest(positionals, { stdin: io.stdin, ...inputOptions(values), fetch: globalThis.fetch });
  let failed = report(messages, io);
  const lines: string[] = [];
  for (const doc of documents) {
    const result = extract(doc, { url: values.url ?? null });
    if (report(result.messages, io)) failed = true;
    if (!result.ok) continue;
    const a = result.value;
    const shaped = { id: a.id, title: a.title, byline: a.byline, published: a.published, language: a.language, url: a.url, outlet: a.outlet, text: a.text, extractedBy: a.extractedBy, publishedBy: a.publishedBy, messages: a.messages };
    if (format === 'text') lines.push(`${a.title ?? ''}\n\n${a.text}\n`);
    else lines.push(documents.length === 1 ? JSON.stringify(shaped, null, 2) : JSON.stringify(shaped));
  }
  await emit(lines.join('\n') + (lines.length ? '\n' : ''), values.out, io);
  return failed ? 1 : 0;
}
