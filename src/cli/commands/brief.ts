/** `triangulate brief <inputs...> [--format md|json|html] [--out FILE] [--words N] [--single-story]` */
import { parseArgs } from 'node:util';
import { UsageError } from '../../core/messages.js';
import { brief } from '../../pipeline.js';
import { FORMATS, render } from '../../render/index.js';
import { emit, report, type Io } from '../io.js';
import { INPUT_OPTIONS, inputOptions, oneOf, positiveInt, requireInputs } from '../options.js';

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...INPUT_OPTIONS,
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      words: { type: 'string', short: 'w' },
      'single-story': { type: 'boolean' },
      'llm-url': { type: 'string' },
      'llm-model': { type: 'string' },
    },
  });
  requireInputs(positionals);
  const format = oneOf(values.format, FORMATS, 'format', 'md');
  const words = positiveInt(values.words, '--words');
  const llm = llmOptions(values['llm-url'], values['llm-model']);
  const { briefings, messages } = await brief(positionals, { words, singleStory: values['single-story'], stdin: io.stdin, ...inputOptions(values), llm, now: new Date() });
  const failed = report(messages, io);
  await emit(render(briefings, format), values.out, io);
  return failed ? 1 : 0;
}

/**
 * `--llm-url URL --llm-model NAME` turn on the abstractive summary (an OpenAI-compatible API such
 * as a local Ollama); the key, if any, comes from TRIANGULATE_LLM_KEY so it stays out of shell
 * history.
 */
function llmOptions(url: string | undefined, model: string | undefined) {
  if (!url && !model) return undefined;
  if (!url || !model) throw new UsageError('--llm-url and --llm-model go together');
  if (!/^https?:\/\//i.test(url)) throw new UsageError(`--llm-url expects an http(s) URL; got "${url}"`);
  return { baseUrl: url, model, apiKey: process.env.TRIANGULATE_LLM_KEY, fetch: globalThis.fetch };
}
