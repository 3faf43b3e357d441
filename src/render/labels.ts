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
  const shown = balancedMarks(text);
  return /[.!?…]["'”’)\]]*$/.test(shown.trimEnd()) ? shown : `${shown.trimEnd()} …`;
}

/**
 * A line with the double quotation marks it lacks: a sentence cut out of a quotation that runs
 * over several sentences holds only its opening or only its closing mark (`Should Russia act,
 * we will respond," he said.`), and a reader cannot tell where the speaker's words begin or end.
 * The missing mark is added outside the verbatim text, in the style the text uses. A straight
 * mark opens after the start, a space, a bracket or a dash, and closes elsewhere.
 * @example balancedMarks('Should Russia act, we will respond," he said.') === '"Should Russia act, we will respond," he said.'
 */
export function balancedMarks(text: string): string {
  let depth = 0;
  let opens = false;
  for (const m of text.matchAll(/[“”"]|''|``/g)) {
    const before = text[m.index! - 1];
    const opening = m[0] === '“' || m[0] === '``' || (m[0] === '"' && (before === undefined || /[\s(\[\u2014\u2013-]/.test(before)));
    if (opening) depth++;
    else if (depth > 0) depth--;
    else opens = true;
  }
  if (!opens && depth === 0) return text;
  const [open, close] = /[“”]/.test(text) || !/"/.test(text) ? ['“', '”'] : ['"', '"'];
  return `${opens ? open : ''}${text}${depth > 0 ? close.repeat(depth) : ''}`;
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
