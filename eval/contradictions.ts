/**
 * Judged precision of the contradictions a briefing finds. No public set has contradiction
 * labels, so every finding is judged by hand, by reading both sides in their articles, and the
 * verdicts are kept in `eval/judgments/contradictions.tsv` (set, story, kind, verdict T/F, the
 * first `SIDE_KEY` characters of each side).
 *
 * A set is a clustering set laid out as `articles.jsonl` + `gold.tsv` (ECB+, AllSides' stream):
 * each gold story of 3 or more articles is briefed as one story (`brief --single-story`), as
 * a user would brief it. The report lists every finding with its verdict (`?`: never judged) and
 * counts judged true, judged false and unjudged; `precision` counts the unjudged as false, so a
 * change that brings in a new finding lowers it until someone judges it and adds the verdict.
 * Recall is not measured (no one has listed every disagreement of a story); `judgedTrue` is the
 * count of true findings kept, the floor that keeps a change from buying precision with them.
 *
 *   triangulate eval contradictions ../shared/eval/clustering/ecbplus
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { UsageError } from '../src/core/messages.js';
import { clusterInputs } from '../src/pipeline.js';
import { synthesize } from '../src/synthesize/index.js';

/** The verdicts, beside this file in the source tree (the compiled file runs from dist/eval/). */
export const JUDGMENTS = [join(import.meta.dirname, 'judgments', 'contradictions.tsv'), join(import.meta.dirname, '..', '..', 'eval', 'judgments', 'contradictions.tsv')].find((f) => existsSync(f)) ?? join(import.meta.dirname, 'judgments', 'contradictions.tsv');
/** How many characters of each side key a verdict. */
export const SIDE_KEY = 70;
/** Smallest story briefed: a disagreement needs accounts to disagree. */
const MIN_ARTICLES = 3;

type Verdict = 'T' | 'F' | '?';

export interface Finding {
  story: string;
  kind: string;
  topic: string;
  verdict: Verdict;
  sides: { holder: string | null; text: string }[];
}

const key = (story: string, a: string, b: string) => `${story}\u0000${a.slice(0, SIDE_KEY).trim()}\u0000${b.slice(0, SIDE_KEY).trim()}`;

/** The verdicts of one set (the folder's name: `ecbplus`, `allsides`). */
export function verdictsOf(set: string, file = JUDGMENTS): Map<string, Verdict> {
  const out = new Map<string, Verdict>();
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    if (!line.trim()) continue;
    const [s, story, , verdict, a, b] = line.split('\t');
    if (s === set && (verdict === 'T' || verdict === 'F')) out.set(key(story, a ?? '', b ?? ''), verdict);
  }
  return out;
}

/** The gold stories of a clustering set: story id -> its JSONL lines. */
function storiesOf(dir: string): Map<string, string[]> {
  let goldText: string;
  let articles: string;
  try {
    goldText = readFileSync(join(dir, 'gold.tsv'), 'utf8');
    articles = readFileSync(join(dir, 'articles.jsonl'), 'utf8');
  } catch {
    throw new UsageError(`${dir}: expected articles.jsonl and gold.tsv (a clustering set such as ../shared/eval/clustering/ecbplus)`);
  }
  const gold = new Map(
    goldText
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t') as [string, string]),
  );
  const out = new Map<string, string[]>();
  for (const line of articles.split('\n')) {
    if (!line.trim()) continue;
    const story = gold.get((JSON.parse(line) as { id: string }).id);
    if (!story) continue;
    if (!out.has(story)) out.set(story, []);
    out.get(story)!.push(line);
  }
  return out;
}

export async function evaluate(dir: string, opts: { limit?: number } = {}): Promise<unknown> {
  const started = Date.now();
  const set = basename(dir.replace(/\/+$/, ''));
  const verdicts = verdictsOf(set);
  let stories = [...storiesOf(dir)].filter(([, lines]) => lines.length >= MIN_ARTICLES).sort(([x], [y]) => (x < y ? -1 : 1));
  if (opts.limit) stories = stories.slice(0, opts.limit);
  const scratch = mkdtempSync(join(tmpdir(), 'triangulate-contradictions-'));
  const findings: Finding[] = [];
  try {
    for (const [story, lines] of stories) {
      const file = join(scratch, `${story}.jsonl`);
      writeFileSync(file, lines.join('\n'));
      const { stories: found } = await clusterInputs([file], { singleStory: true });
      for (const c of synthesize(found[0], { words: 100 }).contradictions) {
        findings.push({
          story,
          kind: c.kind,
          topic: c.topic,
          verdict: verdicts.get(key(story, c.sides[0].text, c.sides[1].text)) ?? '?',
          sides: c.sides.map((s) => ({ holder: s.holder ?? null, text: s.text })),
        });
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const count = (v: Verdict) => findings.filter((f) => f.verdict === v).length;
  const byKind: Record<string, number> = {};
  for (const f of findings) byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
  return {
    dataset: dir,
    judgments: 'eval/judgments/contradictions.tsv',
    stories: stories.length,
    found: findings.length,
    byKind,
    judgedTrue: count('T'),
    judgedFalse: count('F'),
    unjudged: count('?'),
    precision: findings.length ? Math.round((count('T') / findings.length) * 1000) / 1000 : null,
    findings,
    seconds: Math.round((Date.now() - started) / 100) / 10,
  };
}
