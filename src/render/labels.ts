/** Shared wording of the renderers: how citations and sources are labelled. */
import type { Briefing, Citation } from '../core/types.js';

/** Numbers the articles of a briefing [1], [2], ... in their listed order. */
export function sourceNumbers(briefing: Briefing): Map<string, number> {
  return new Map(briefing.articles.map((a, i) => [a.id, i + 1]));
}

/** The distinct source numbers of citations, in order: `[1][3]`. */
export function citationNumbers(citations: Citation[], numbers: Map<string, number>): number[] {
  const seen = new Set<number>();
  for (const c of citations) {
    const n = numbers.get(c.article);
    if (n !== undefined) seen.add(n);
  }
  return [...seen].sort((a, b) => a - b);
}

/** Outlet name, or the article id when the outlet is unknown. */
export function sourceLabel(a: { id: string; outlet: string | null }): string {
  return a.outlet ?? a.id;
}

/**
 * A summary line as shown: a line the summary ended early at a clause boundary has no final
 * punctuation, so an ellipsis marks the cut. The text itself stays verbatim (citations point at it).
 * @example shownSentence('Trump met Lavrov on Tuesday') === 'Trump met Lavrov on Tuesday …'
 */
export function shownSentence(text: string): string {
  return /[.!?…]["'”’)\]]*$/.test(text.trimEnd()) ? text : `${text.trimEnd()} …`;
}

/**
 * How a claim is introduced: by its speaker when it is words inside a quotation and the sentence
 * does not name them itself (`"We will act," he said.` -> `Mike Pompeo, quoted: ...`), else nothing.
 */
export function claimSpeaker(claim: { text: string; speaker?: string | null }): string | null {
  if (!claim.speaker) return null;
  const surname = claim.speaker.trim().split(/\s+/).pop()!;
  return claim.text.includes(surname) ? null : claim.speaker;
}
