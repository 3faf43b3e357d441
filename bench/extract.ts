/**
 * Extraction speed: pages per second and peak memory over the scrapinghub pages, ours next to
 * Mozilla Readability.js on linkedom, measured in the same run (alternating rounds, so both see
 * the same machine load). Peak memory of each extractor alone is measured in a child process
 * (`--only <name>`), since one process's peak RSS cannot be split between two extractors.
 *
 *   node --import tsx bench/extract.ts [../shared/eval/extraction/scrapinghub] [--rounds N]
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { readBenchmark, readabilityText } from '../eval/extraction.js';
import { extractHtml } from '../src/extract/html/index.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string' }, only: { type: 'string' } } });
const dir = positionals[0] ?? '../shared/eval/extraction/scrapinghub';
const rounds = Number(values.rounds ?? 3);
const pages = readBenchmark(dir);
const bytes = pages.reduce((n, p) => n + p.html.length, 0);

const runners: Record<string, (html: string, url: string) => unknown> = {
  ours: (html, url) => extractHtml(html, { url }),
  'readability.js': (html, url) => readabilityText(html, url),
};
if (values.only && !(values.only in runners)) throw new Error(`--only ${values.only}: expected ${Object.keys(runners).join('|')}`);
for (const name of Object.keys(runners)) if (values.only && name !== values.only) delete runners[name];
const times: Record<string, number[]> = Object.fromEntries(Object.keys(runners).map((name) => [name, []]));

// one warm-up pass each (JIT, lazy module loading), not timed
for (const run of Object.values(runners)) for (const p of pages.slice(0, 20)) run(p.html, p.url);

for (let r = 0; r < rounds; r++) {
  for (const [name, run] of Object.entries(runners)) {
    const started = process.hrtime.bigint();
    for (const p of pages) run(p.html, p.url);
    times[name].push(Number(process.hrtime.bigint() - started) / 1e9);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const report: Record<string, unknown> = { pages: pages.length, megabytes: +(bytes / 1e6).toFixed(1), rounds };
for (const name of Object.keys(runners)) {
  const s = median(times[name]);
  report[name] = { seconds: +s.toFixed(2), pagesPerSecond: +(pages.length / s).toFixed(1) };
}
report.peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
if (!values.only) {
  report.ratio = +(median(times.ours) / median(times['readability.js'])).toFixed(2);
  for (const name of Object.keys(runners)) {
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1], dir, '--only', name, '--rounds', '1'], { encoding: 'utf8' });
    const alone = child.status === 0 ? (JSON.parse(child.stdout) as { peakRssMB: number }).peakRssMB : null;
    (report[name] as Record<string, unknown>).peakRssMBAlone = alone;
  }
}
console.log(JSON.stringify(report, null, 2));
