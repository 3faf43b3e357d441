/** `triangulate brief <inputs...> [--format md|json|html] [--out FILE] [--words N] [--single-story]` */
import { parseArgs } from 'node:util';
import { brief } from '../../pipeline.js';
import { FORMATS, render } from '../../render/index.js';
import { emit, report, type Io } from '../io.js';
import { oneOf, positiveInt, requireInputs } from '../options.js';

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      words: { type: 'string', short: 'w' },
      'single-story': { type: 'boolean' },
    },
  });
  requireInputs(positionals);
  const format = oneOf(values.format, FORMATS, 'format', 'md');
  const words = positiveInt(values.words, '--words');
  const { briefings, messages } = await brief(positionals, { words, singleStory: values['single-story'], stdin: io.stdin });
  const failed = report(messages, io);
  await emit(render(briefings, format), values.out, io);
  return failed ? 1 : 0;
}
