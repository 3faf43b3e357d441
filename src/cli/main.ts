/**
 * The `triangulate` command: parses arguments and calls the library; adds nothing else.
 */
import { UsageError } from '../core/messages.js';
import { processIo, type Io } from './io.js';

/** Each command lives in its own module, loaded on demand so that `brief` does not load a server. */
const COMMANDS: Record<string, () => Promise<{ run: (args: string[], io: Io) => Promise<number> }>> = {
  brief: () => import('./commands/brief.js'),
  extract: () => import('./commands/extract.js'),
  cluster: () => import('./commands/cluster.js'),
  quotes: () => import('./commands/quotes.js'),
  eval: () => import('./commands/eval.js'),
  ingest: () => import('./commands/ingest.js'),
  watch: () => import('./commands/watch.js'),
  serve: () => import('./commands/serve.js'),
};

export const USAGE = `usage: triangulate <command> [options]

commands:
  brief <inputs...> [--format md|json|html] [--out FILE] [--words N] [--single-story]
        [--llm-url URL --llm-model NAME]   abstractive summary, verified (key: TRIANGULATE_LLM_KEY)
  extract <file.html|URL...> [--url URL] [--format json|text]
  cluster <inputs...> [--format json]
  quotes <inputs...> [--format json]
  eval <extraction|clustering|summarization|quotes> <dataset-dir> [--limit N] [--words N]
  eval entities <labels.json>                     the hand-labelled entity sample
  eval dates <labels.json>                        the hand-labelled date sample
  eval contradictions <clustering-set>            precision against eval/judgments/contradictions.tsv

  brief, extract, cluster and quotes also take [--timeout SECONDS] [--allow-private] for URLs
  ingest <inputs...> [--db FILE|postgres://...] [--batch N] [--drain]
  watch <feed-urls...> [--db FILE|postgres://...] [--every SECONDS] [--once] [--allow-private]
  serve [--db FILE|postgres://...] [--port N] [--host HOST] [--token TOKEN] [--max-upload BYTES]
`;

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr.write(`triangulate: unknown command "${name}"; expected ${Object.keys(COMMANDS).join('|')}\n${USAGE}`);
    return 2;
  }
  try {
    return await (await load()).run(args, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`triangulate ${name}: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}
