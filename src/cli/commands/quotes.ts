/**
 * `triangulate quotes <inputs...> --format json`: quotes with offsets in Unicode code points of
 * the input text as read (so they compare with brat annotations).
 */
import { parseArgs } from 'node:util';
import { analyze } from '../../analyze/index.js';
import { toCodePointOffset, toSourceSpan } from '../../core/source-map.js';
import { extract } from '../../extract/index.js';
import { ingest } from '../../ingest/index.js';
import { emit, report, type Io } from '../io.js';
import { INPUT_OPTIONS, inputOptions, oneOf, requireInputs } from '../options.js';

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...INPUT_OPTIONS, format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' } },
  });
  requireInputs(positionals);
  oneOf(values.format, ['json'] as const, 'format', 'json');
  const { documents, messages } = await ingest(positionals, { stdin: io.stdin, ...inputOptions(values) });
  let failed = report(messages, io);
  const out: unknown[] = [];
  for (const doc of documents) {
    const result = extract(doc);
    if (report(result.messages.filter((m) => m.severity === 'error'), io)) failed = true;
    if (!result.ok) continue;
    const analyzed = analyze(result.value);
    // dropped spans and quotes that never close are reported with the input they are about
    report(analyzed.messages.filter((m) => m.rule === 'unclosed-quote' || m.rule === 'span-dropped').map((m) => ({ ...m, input: m.input ?? doc.origin })), io);
    const map = result.value.sourceMap;
    // offsets in the input as read: cleaned text -> input (UTF-16) -> code points
    const point = (s: number, e: number) => {
      const span = toSourceSpan(map, s, e);
      return { start: toCodePointOffset(doc.content, span.start), end: toCodePointOffset(doc.content, span.end) };
    };
    // the text printed is the input's own between the printed offsets (the cleaner may have
    // folded a no-break space inside a quote); HTML has no map, so its text is the cleaned one
    const verbatim = (s: number, e: number, cleaned: string) => {
      if (map.length === 0) return cleaned;
      const span = toSourceSpan(map, s, e);
      return doc.content.slice(span.start, span.end);
    };
    for (const q of analyzed.quotes) {
      out.push({
        article: doc.id,
        text: verbatim(q.start, q.end, q.text),
        ...point(q.start, q.end),
        kind: q.kind,
        speaker: q.speaker ? { name: q.speaker.name, ...(q.speaker.span ? point(q.speaker.span.start, q.speaker.span.end) : { start: null, end: null }) } : null,
        cue: q.cue ? point(q.cue.start, q.cue.end) : null,
      });
    }
  }
  await emit(JSON.stringify(out, null, 2) + '\n', values.out, io);
  return failed ? 1 : 0;
}
