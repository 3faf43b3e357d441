/**
 * Benchmark of analysis on pathological text: `node --import tsx bench/bad-input.ts [--sizes 0.1,1]`
 *
 * Issue #5 asks for bounded time on bad input: unbalanced quotation marks, a quote that never
 * closes, text with no punctuation, 1 MB of text in one paragraph. Each case is built by
 * repeating a short pattern to the sizes asked (in MB, default 0.1 and 1) and analysed stage by
 * stage (sentences, entities, dates, quotes); the CPU time of each stage is printed, with the
 * growth from one size to the next (linear input growth should give about the same factor),
 * and the peak memory. A stage slower than `LIMIT_SECONDS` on one case is reported and the
 * process exits 1: the time is unbounded for a user.
 */
import { parseArgs } from 'node:util';
import { findDates } from '../src/analyze/dates/index.js';
import { findEntities } from '../src/analyze/entities/index.js';
import { findQuotes } from '../src/analyze/quotes/index.js';
import { splitSentences } from '../src/analyze/sentences.js';

/** Seconds a stage may take on 1 MB before the case counts as unbounded. */
const LIMIT_SECONDS = 20;

const CASES: Record<string, string> = {
  'no punctuation': 'the minister said that the talks would go on and the president said he would not attend ',
  'one paragraph of sentences': 'Lavrov said on Tuesday that "the talks were useful," adding that Moscow was ready. The next day, Pompeo met him. ',
  'a quote that never closes': 'He said "this never ends and the minister warned that ',
  'unbalanced marks': '"He said" she said "" they said "" " and then " ',
  // sentences just under the length quotes still read, each full of cues
  'run-on sentences': `The${' minister said that the talks would go on and the president said he and the'.repeat(60)} end. `,
};

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '0.1,1' } } });
const sizes = values.sizes!.split(',').map(Number);

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

let failed = false;
for (const [name, pattern] of Object.entries(CASES)) {
  let previous: Record<string, number> | null = null;
  for (const mb of sizes) {
    const text = pattern.repeat(Math.ceil((mb * 1e6) / pattern.length));
    const times: Record<string, number> = {};
    let t = cpu();
    const sentences = splitSentences(text);
    times.sentences = cpu() - t;
    t = cpu();
    const entities = findEntities(text, sentences);
    times.entities = cpu() - t;
    t = cpu();
    findDates(text, sentences, '2019-12-10', { input: name });
    times.dates = cpu() - t;
    t = cpu();
    const quotes = findQuotes(text, sentences, entities, { input: name });
    times.quotes = cpu() - t;
    const row = Object.entries(times)
      .map(([stage, s]) => `${stage} ${s.toFixed(2)} s${previous ? ` (x${(s / Math.max(previous[stage], 1e-3)).toFixed(1)})` : ''}`)
      .join(', ');
    console.log(`${name.padEnd(28)} ${mb} MB: ${row}; ${quotes.quotes.length} quotes, ${quotes.messages.length} messages`);
    for (const [stage, s] of Object.entries(times)) {
      // (below a few seconds the figure is mostly the warm-up: loading the tagger's model)
      if (s > Math.max(LIMIT_SECONDS * mb, 2)) {
        console.log(`  UNBOUNDED: ${stage} took ${s.toFixed(1)} s on ${mb} MB of "${name}"`);
        failed = true;
      }
    }
    previous = times;
  }
}
console.log(`peak memory (maxRSS): ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`);
process.exit(failed ? 1 : 0);
