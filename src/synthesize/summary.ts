/**
 * The extractive summary: verbatim sentences chosen for what most outlets report, free of
 * redundancy (maximal marginal relevance over facts), capped in words, ordered by publication
 * then importance. Each sentence cites every article that states the same fact, its own first.
 * A sentence that opens with a pronoun is repaired when analysis resolved the pronoun (the name
 * goes in square brackets, the editor's mark for an insertion) and avoided otherwise; one that
 * opens with a connective ("But", "However") is avoided.
 */
import type { SummarySentence } from '../core/types.js';
import { citeUnits } from './citations.js';
import type { Fact } from './facts.js';
import { THRESHOLDS } from './heuristics.js';
import { cosine, type StoryIndex, type Unit } from './units.js';

export interface SummaryOptions {
  /** most words in the summary */
  words: number;
}

/** A possessive pronoun takes the name with 's; a subject pronoun the bare name. */
const POSSESSIVE = new Set(['his', 'her', 'their', 'its']);

/**
 * The sentence with its opening pronoun replaced by the name analysis resolved it to, or null
 * when it was not resolved. The resolution comes from a pronoun mention of a named entity
 * starting at the sentence's first word, or from a quote whose speaker span is that word.
 * @example "He said the talks failed." -> "[Sergey Lavrov] said the talks failed."
 */
export function repairOpener(u: Unit, index: StoryIndex): string | null {
  if (!u.opener || u.opener.kind !== 'pronoun') return null;
  const analyzed = index.story.articles[u.article];
  const text = analyzed.article.text;
  const lead = text.slice(u.start).match(/^[“"'‘]?/)![0].length;
  const wordStart = u.start + lead;
  const wordEnd = wordStart + u.opener.word.length;
  let name: string | null = null;
  for (const e of analyzed.entities) {
    if (e.mentions.some((m) => m.form === 'pronoun' && m.start === wordStart && m.end === wordEnd)) {
      name = index.entityOf(analyzed.article.id, e.id)?.name ?? e.name;
      break;
    }
  }
  if (!name) {
    for (const q of analyzed.quotes) {
      if (q.speaker?.entity && q.speaker.span && q.speaker.span.start === wordStart && q.speaker.span.end === wordEnd) {
        const e = analyzed.entities.find((x) => x.id === q.speaker!.entity);
        name = (e && index.entityOf(analyzed.article.id, e.id)?.name) ?? q.speaker.name;
        break;
      }
    }
  }
  if (!name) return null;
  const replacement = POSSESSIVE.has(u.opener.word) ? `[${name}'s]` : `[${name}]`;
  const cut = lead + u.opener.word.length;
  const raw = text.slice(u.start, u.end).replace(/\s+/g, ' ');
  return raw.slice(0, lead) + replacement + raw.slice(cut);
}

interface Candidate {
  fact: Fact;
  unit: Unit;
  text: string;
}

/** Candidates for the summary: one standalone sentence per fact. */
function candidates(facts: Fact[], index: StoryIndex): Candidate[] {
  const out: Candidate[] = [];
  for (const fact of facts) {
    // Prefer the representative; fall back to another wording of the same fact that stands alone.
    for (const unit of fact.units) {
      if (!unit.opener) {
        out.push({ fact, unit, text: unit.text });
        break;
      }
      const repaired = repairOpener(unit, index);
      if (repaired) {
        out.push({ fact, unit, text: repaired });
        break;
      }
    }
  }
  return out;
}

/** Chooses and orders the summary sentences. */
export function summarize(facts: Fact[], index: StoryIndex, opts: SummaryOptions): SummarySentence[] {
  const pool = candidates(facts, index);
  const chosen: Candidate[] = [];
  let used = 0;
  const top = pool.length ? Math.max(...pool.map((c) => c.fact.importance)) || 1 : 1;
  while (pool.length) {
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < pool.length; i++) {
      const c = pool[i];
      if (used + c.unit.words > opts.words) continue;
      const overlap = Math.max(0, ...chosen.map((s) => cosine(s.unit.vector, c.unit.vector)));
      if (overlap >= THRESHOLDS.redundant) continue;
      const score = THRESHOLDS.mmrLambda * (c.fact.importance / top) - (1 - THRESHOLDS.mmrLambda) * overlap;
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best < 0) break;
    const [c] = pool.splice(best, 1);
    chosen.push(c);
    used += c.unit.words;
  }
  const rank = new Map(chosen.map((c, i) => [c, i]));
  const day = (c: Candidate) => index.story.articles[c.unit.article].article.published?.slice(0, 10) ?? '';
  chosen.sort((x, y) => (day(x) < day(y) ? -1 : day(x) > day(y) ? 1 : rank.get(x)! - rank.get(y)!));
  return chosen.map((c) => ({ text: c.text, citations: citeUnits([c.unit, ...c.fact.units]) }));
}
