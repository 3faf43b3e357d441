/** `triangulate cluster <inputs...> --format json` */
import { parseArgs } from 'node:util';
import { clusterInputs } from '../../pipeline.js';
import { emit, report, type Io } from '../io.js';
import { INPUT_OPTIONS, inputOptions, oneOf, requireInputs } from '../options.js';

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...INPUT_OPTIONS, format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, 'single-story': { type: 'boolean' } },
  });
  requireInputs(positionals);
  const format = oneOf(values.format, ['json', 'text'] as const, 'format', 'json');
  // the clock for "a publication date in the future" is read here, at the edge, not inside the stage
  const { stories, messages } = await clusterInputs(positionals, { singleStory: values['single-story'], stdin: io.stdin, ...inputOptions(values), now: new Date() });
  const failed = report(messages, io);
  const shaped = stories.map((s) => ({ id: s.id, title: s.title, articles: s.articles.map((a) => a.article.id), offTopic: s.offTopic, copies: s.copies }));
  const text =
    format === 'json'
      ? JSON.stringify({ stories: shaped }, null, 2) + '\n'
      : shaped
          .map((s) => {
            const copyOf = new Map(s.copies.flatMap((g) => g.slice(1).map((id) => [id, g[0]] as const)));
            const lines = s.articles.map((a) => `  ${a}${copyOf.has(a) ? `  (copy of ${copyOf.get(a)})` : ''}`);
            const off = s.offTopic.map((a) => `  off-topic: ${a}`);
            return `${s.id}\t${s.title}\n${[...lines, ...off].join('\n')}\n`;
          })
          .join('');
  await emit(text, values.out, io);
  return failed ? 1 : 0;
}
