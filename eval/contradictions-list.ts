/**
 * Lists every contradiction the briefing finds on the stories of a public set, for judging by
 * hand (no public gold exists for contradictions): the stories of `gold.tsv` with 3 or more
 * articles in `articles.jsonl` (ECB+, AllSides' stream), each briefed as one story.
 *
 *   node --import tsx eval/contradictions-list.ts ../shared/eval/clustering/ecbplus
 *
 * Each one found is looked up in `eval/judgments/contradictions.tsv` (set, story, kind, verdict T/F,
 * the first 70 characters of each side), the verdicts given by reading both sides in their
 * articles; the list prints the verdict (`?` for one never judged) and the totals: judged true,
 * judged false, not judged, and the precision counting the unjudged as false. A new finding must
 * be judged and added to the file before its precision means anything.
 * The judged counts and the date are in docs/evaluation.md ("Contradictions").
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { clusterInputs } from '../src/pipeline.js';
import { synthesize } from '../src/synthesize/index.js';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node --import tsx eval/contradictions-list.ts <dir with articles.jsonl and gold.tsv>');
  process.exit(2);
}
const gold = new Map(
  readFileSync(join(dir, 'gold.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t') as [string, string]),
);
const JUDGED = join(import.meta.dirname, 'judgments', 'contradictions.tsv');
const SIDE_KEY = 70;
const set = basename(dir.replace(/\/+$/, ''));
const verdicts = new Map<string, string>();
for (const line of readFileSync(JUDGED, 'utf8').trim().split('\n').slice(1)) {
  const [s, story, , verdict, a, b] = line.split('\t');
  if (s === set) verdicts.set(`${story}\u0000${a.trim()}\u0000${b.trim()}`, verdict);
}
const tally = { T: 0, F: 0, '?': 0 };
const byStory = new Map<string, string[]>();
for (const line of readFileSync(join(dir, 'articles.jsonl'), 'utf8').trim().split('\n')) {
  const story = gold.get((JSON.parse(line) as { id: string }).id);
  if (!story) continue;
  if (!byStory.has(story)) byStory.set(story, []);
  byStory.get(story)!.push(line);
}
const scratch = mkdtempSync(join(tmpdir(), 'triangulate-contradictions-'));
const counts = new Map<string, number>();
let stories = 0;
try {
  for (const [story, lines] of [...byStory].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    if (lines.length < 3) continue;
    stories++;
    const file = join(scratch, `${story}.jsonl`);
    writeFileSync(file, lines.join('\n'));
    const { stories: found } = await clusterInputs([file], { singleStory: true });
    for (const c of synthesize(found[0], { words: 100 }).contradictions) {
      counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
      const verdict = (verdicts.get(`${story}\u0000${c.sides[0].text.slice(0, SIDE_KEY).trim()}\u0000${c.sides[1].text.slice(0, SIDE_KEY).trim()}`) ?? '?') as keyof typeof tally;
      tally[verdict]++;
      console.log(`== ${verdict} ${story} ${c.kind} [${c.topic}]`);
      for (const side of c.sides) console.log(`   ${side.holder ?? '-'}: ${side.text}`);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const found = [...counts.values()].reduce((a, b) => a + b, 0);
console.log(`${found} contradictions in ${stories} stories: ${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}`);
console.log(`judged true ${tally.T}, judged false ${tally.F}, not judged ${tally['?']}; precision ${found ? (tally.T / found).toFixed(3) : '-'} (unjudged counted false)`);
