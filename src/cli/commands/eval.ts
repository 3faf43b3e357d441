/**
 * `triangulate eval <extraction|clustering|summarization|quotes> <dataset-dir>` and
 * `triangulate eval entities|dates <labels.json>` and `triangulate eval contradictions <clustering set>`
 * (precision against the verdicts judged by hand): metrics as JSON. `--limit N` scores the first N
 * items; `--words N` sets the summary length of `summarization` (75 by default; DUC uses 100).
 */
import { parseArgs } from 'node:util';
import { UsageError } from '../../core/messages.js';
import { emit, type Io } from '../io.js';

/** Each task's scorer lives in `eval/<task>.ts` and returns a JSON-able report. */
const TASKS: Record<string, () => Promise<{ evaluate: (dir: string, opts: { limit?: number; words?: number }) => Promise<unknown> }>> = {
  extraction: () => import('../../../eval/extraction.js'),
  clustering: () => import('../../../eval/clustering.js'),
  summarization: () => import('../../../eval/summarization.js'),
  quotes: () => import('../../../eval/quotes.js'),
  entities: () => import('../../../eval/entities.js'),
  dates: () => import('../../../eval/dates.js'),
  contradictions: () => import('../../../eval/contradictions.js'),
};

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { limit: { type: 'string' }, words: { type: 'string', short: 'w' }, out: { type: 'string', short: 'o' } },
  });
  const [task, dir] = positionals;
  if (!task || !TASKS[task]) throw new UsageError(`unknown evaluation "${task ?? ''}"; expected ${Object.keys(TASKS).join('|')}`);
  if (!dir) throw new UsageError(`no dataset folder given; e.g. triangulate eval ${task} ../shared/eval/...`);
  const count = (name: string, value: string | undefined): number | undefined => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} expects a positive whole number, got "${value}"`);
    return n;
  };
  const words = count('words', values.words);
  if (words !== undefined && task !== 'summarization') throw new UsageError(`--words applies to the summarization evaluation only`);
  const report = await (await TASKS[task]()).evaluate(dir, { limit: count('limit', values.limit), words });
  await emit(JSON.stringify(report, null, 2) + '\n', values.out, io);
  return 0;
}
