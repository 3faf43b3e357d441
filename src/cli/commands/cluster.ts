/** `triangulate cluster <inputs...> --format json` */
import { parseArgs } from 'node:util';
import { clusterInputs } from '../../pipeline.js';
import { emit, report, type Io } from '../io.js';
import { oneOf, requireInputs } from '../options.js';

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, 'single-story': { type: 'boolean' } },
  });
  requireInputs(positionals);
  const format = oneOf(values.format, ['json', 'text'] as const, 'format', 'json');
  const { stories, messages } = await clusterInputs(positionals, { singleStory: values['single-story'], stdin: io.stdin });
  const failed = report(messages, io);
  const shaped = stories.map((s) => ({ id: s.id, title: s.title, articles: s.articles.map((a) => a.article.id), offTopic: s.offTopic }));
  const text =
    format === 'json'
      ? JSON.stringify({ stories: shaped }, null, 2) + '\n'
      : shaped.map((s) => `${s.id}\t${s.title}\n${s.articles.map((a) => `  ${a}`).join('\n')}\n`).join('');
  await emit(text, values.out, io);
  return failed ? 1 : 0;
}
