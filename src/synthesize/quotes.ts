/**
 * Quotes for the briefing: the same words carried by several articles are one quote with a
 * citation to each. Quote text is never altered: it is the first citation's text, verbatim.
 * Speakers are named by the story's linked entity when analysis resolved one.
 */
import type { BriefQuote, Quote } from '../core/types.js';
import { NEGATIONS, THRESHOLDS } from './heuristics.js';
import { words } from './text.js';
import type { StoryIndex } from './units.js';

/** How many of a quote's rarest words index it (a shared quote shares all of them but a few). */
const QUOTE_KEYS = 6;

interface Found {
  quote: Quote;
  articleId: string;
  /** order of the article in the story */
  article: number;
  tokens: string[];
  /** the distinct tokens */
  set: Set<string>;
  speaker: string | null;
  entity: string | null;
}

const negated = (t: string[]) => t.some((w) => NEGATIONS.has(w) || w.endsWith("n't"));
const JOINED = new WeakMap<string[], string>();
/** ` a b c `: a token list as a string, for containment tests (cached per list). */
function joined(t: string[]): string {
  let j = JOINED.get(t);
  if (j === undefined) JOINED.set(t, (j = ` ${t.join(' ')} `));
  return j;
}

/** True when two token lists are the same quote: one contains the other, or they overlap enough. */
export function sameQuote(a: string[], b: string[], sa = new Set(a), sb = new Set(b)): boolean {
  if (a.length === 0 || b.length === 0) return false;
  // "will respond" and "will not respond" share every word but one, and say the opposite.
  if (negated(a) !== negated(b)) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && joined(long).includes(joined(short))) return true;
  let shared = 0;
  for (const w of sa) if (sb.has(w)) shared++;
  return shared / (sa.size + sb.size - shared) >= THRESHOLDS.sameQuote;
}

export function briefQuotes(index: StoryIndex): BriefQuote[] {
  const found: Found[] = [];
  index.story.articles.forEach((a, article) => {
    for (const q of a.quotes) {
      // The text must be what the article says at that span; a quote whose text does not match
      // its span is not shown rather than shown altered.
      if (a.article.text.slice(q.start, q.end) !== q.text || !q.text.trim()) continue;
      const linked = q.speaker?.entity ? index.entityOf(a.article.id, q.speaker.entity) : undefined;
      found.push({
        quote: q,
        articleId: a.article.id,
        article,
        tokens: words(q.text),
        set: new Set(words(q.text)),
        speaker: linked?.name ?? q.speaker?.name ?? null,
        entity: linked?.id ?? q.speaker?.entity ?? null,
      });
    }
  });

  // Candidate groups come from an index of the quotes' words, so that only quotes sharing a
  // word are compared (a 500-article story carries thousands of quotes).
  const groups: Found[][] = [];
  const groupOf = new Map<Found, number>();
  const byWord = new Map<string, Found[]>();
  // The same quote shares its rarest words: look candidates up by those only.
  const frequency = new Map<string, number>();
  for (const f of found) for (const w of f.set) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const keys = (f: Found) => [...f.set].sort((x, y) => frequency.get(x)! - frequency.get(y)! || (x < y ? -1 : 1)).slice(0, QUOTE_KEYS);
  for (const f of found) {
    const seen = new Set<number>();
    let target = -1;
    for (const w of keys(f)) {
      for (const x of byWord.get(w) ?? []) {
        const g = groupOf.get(x)!;
        if (seen.has(g)) continue;
        seen.add(g);
        const group = groups[g];
        if (group.some((y) => y.articleId === f.articleId)) continue;
        if (group.some((y) => sameQuote(y.tokens, f.tokens, y.set, f.set))) {
          target = g;
          break;
        }
      }
      if (target >= 0) break;
    }
    if (target < 0) {
      target = groups.length;
      groups.push([]);
    }
    groups[target].push(f);
    groupOf.set(f, target);
    for (const w of f.set) {
      let list = byWord.get(w);
      if (!list) byWord.set(w, (list = []));
      if (list.length < 50) list.push(f);
    }
  }

  return groups
    .map((g) => {
      // The longest wording leads: it shows the most of what was said.
      const lead = [...g].sort((x, y) => y.quote.text.length - x.quote.text.length || x.article - y.article)[0];
      const rest = g.filter((x) => x !== lead);
      const named = g.find((x) => x.entity) ?? g.find((x) => x.speaker);
      return {
        text: lead.quote.text,
        speaker: lead.speaker ?? named?.speaker ?? null,
        entity: lead.entity ?? named?.entity ?? null,
        kind: lead.quote.kind,
        citations: [lead, ...rest].map((x) => ({ article: x.articleId, start: x.quote.start, end: x.quote.end })),
      };
    })
    .sort((x, y) => y.citations.length - x.citations.length || (x.speaker ?? '\uffff').localeCompare(y.speaker ?? '\uffff'));
}
