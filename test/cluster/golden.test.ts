/**
 * Golden fixtures: fixtures/cluster/<case>/case.json names the input (a folder of the project, or
 * stories of a shared evaluation set, read in place) and expected.json holds the story membership
 * the real pipeline pieces produce (extract -> analyze -> cluster). `UPDATE=1` rewrites it.
 * Each case also reports its agreement with the gold stories when it has them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../src/analyze/index.js';
import { cluster } from '../../src/cluster/index.js';
import type { AnalyzedArticle } from '../../src/core/types.js';
import { extract } from '../../src/extract/index.js';
import { documentFromRecord } from '../../src/ingest/json.js';
import { readArticles } from '../../src/pipeline.js';
import { checkGolden, goldenCases } from '../golden.js';

const ROOT = join(import.meta.dirname, '..', '..');

interface Case {
  inputs?: string[];
  jsonl?: string;
  gold?: string;
  stories?: string[];
}

/** article id -> gold story, when the case has gold stories */
function goldOf(spec: Case): Map<string, string> {
  if (!spec.gold || !existsSync(join(ROOT, spec.gold))) return new Map();
  const lines = readFileSync(join(ROOT, spec.gold), 'utf8').split('\n').map((l) => l.split('\t'));
  return new Map(lines.filter(([id, s]) => id && s).map(([id, s]) => [id, s.trim()]));
}

async function load(spec: Case): Promise<AnalyzedArticle[] | null> {
  if (spec.inputs) {
    const { articles } = await readArticles(spec.inputs.map((p) => join(ROOT, p)));
    return articles.map((a) => analyze(a));
  }
  const [jsonl, gold] = [join(ROOT, spec.jsonl!), join(ROOT, spec.gold!)];
  if (!existsSync(jsonl) || !existsSync(gold)) return null;
  const wanted = new Set(spec.stories);
  const ids = new Set(
    readFileSync(gold, 'utf8')
      .split('\n')
      .map((l) => l.split('\t'))
      .filter(([, story]) => story && wanted.has(story.trim()))
      .map(([id]) => id),
  );
  return readFileSync(jsonl, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
    .filter((r) => ids.has(String(r.id)))
    .flatMap((r) => {
      const doc = documentFromRecord(r, jsonl, String(r.id));
      if (!('content' in doc)) return [];
      const result = extract(doc);
      return result.ok ? [analyze(result.value)] : [];
    });
}

for (const { name, dir } of goldenCases('cluster')) {
  const spec = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as Case;
  test(`cluster golden: ${name}`, async (t) => {
    const articles = await load(spec);
    if (!articles) return t.skip('the shared evaluation set is not beside the project');
    const { stories } = cluster(articles, { now: '2026-11-22' });
    const gold = goldOf(spec);
    const shaped = stories
      .map((s) => {
        const ids = s.articles.map((a) => a.article.id).sort();
        // the gold story of each article, for review: one label per story is a clean story
        const labels = gold.size ? { gold: ids.map((id) => gold.get(id) ?? '?') } : {};
        return { articles: ids, ...labels, offTopic: [...s.offTopic].sort(), copies: s.copies.map((g) => [...g].sort()) };
      })
      .sort((a, b) => (a.articles[0] < b.articles[0] ? -1 : 1));
    checkGolden(dir, { stories: shaped });
  });
}

// Known failure, kept visible: clustered alone (nine articles), the three Senate stories of
// 9-11 August 2021 merge (fixtures/cluster/allsides-budget): with so few articles the IDF cannot
// tell the shared vocabulary from the distinctive, and one day apart is close. In the full
// AllSides stream they are three stories.
test.todo('allsides-budget alone: the $3.5T budget, the infrastructure bill and the budget plan stay three stories');
