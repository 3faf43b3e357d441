/**
 * The claims ledger: every fact of the story with the independent outlets that state it (copies
 * of one text counted once), most corroborated first; facts of one source only are marked.
 */
import type { Claim } from '../core/types.js';
import { citeUnits } from './citations.js';
import type { Fact } from './facts.js';
import { THRESHOLDS } from './heuristics.js';
import { shownSpeaker } from './quotes.js';
import type { StoryIndex, Unit } from './units.js';

/** The outlets of each copy group, e.g. `Reuters / The Moscow Times` for one wire text in two. */
export function sourceLabels(index: StoryIndex): Map<string, string> {
  const outlets = new Map<string, Set<string>>();
  for (const [articleId, key] of index.sourceOf) {
    let set = outlets.get(key);
    if (!set) outlets.set(key, (set = new Set()));
    set.add(index.outletOf.get(articleId)!);
  }
  return new Map([...outlets].map(([key, set]) => [key, [...set].join(' / ')]));
}

/** Claims with ids `c1`, `c2`, ... in order of support, then importance. */
export function ledger(facts: Fact[], index: StoryIndex): { claims: Claim[]; factOf: Map<string, Fact> } {
  const ordered = [...facts].sort((x, y) => y.sources.length - x.sources.length || y.importance - x.importance || x.index - y.index);
  const factOf = new Map<string, Fact>();
  const labels = sourceLabels(index);
  const claims = ordered.map((fact, i) => {
    const id = `c${i + 1}`;
    factOf.set(id, fact);
    return {
      id,
      text: fact.representative.text,
      citations: citeUnits(fact.units),
      outlets: fact.sources.map((s) => labels.get(s)!),
      support: fact.sources.length,
      singleSource: fact.sources.length === 1,
      speaker: quotedSpeaker(fact.representative, index),
    };
  });
  return { claims, factOf };
}

/**
 * The speaker of a sentence that is mostly quotation (`THRESHOLDS.quotedShare` of its characters
 * inside direct or mixed quotes), by the story's linked name; null otherwise. Such a sentence
 * ("Should Russia take steps, we will take action," he said.) reads as the outlets' own claim
 * unless the reader is told whose words they are.
 */
export function quotedSpeaker(u: Unit, index: StoryIndex): string | null {
  const analyzed = index.story.articles[u.article];
  let inside = 0;
  let speaker: string | null = null;
  for (const q of analyzed.quotes) {
    if (q.kind === 'indirect' || q.end <= u.start || q.start >= u.end) continue;
    inside += Math.min(q.end, u.end) - Math.max(q.start, u.start);
    if (!speaker && q.speaker) speaker = (q.speaker.entity && index.entityOf(analyzed.article.id, q.speaker.entity)?.name) || shownSpeaker(q.speaker.name, index.outletOf.get(analyzed.article.id) ?? '');
  }
  return inside >= THRESHOLDS.quotedShare * (u.end - u.start) ? speaker : null;
}
