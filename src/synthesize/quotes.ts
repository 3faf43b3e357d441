/**
 * Quotes for the briefing: the same words carried by several articles are one quote with a
 * citation to each. Quote text is never altered: it is the first citation's text, verbatim.
 * Speakers are named by the story's linked entity when analysis resolved one.
 */
import { tagText } from '../analyze/pos.js';
import { WRITER } from '../analyze/quotes/index.js';
import type { BriefQuote, Quote, Span } from '../core/types.js';
import { NEGATIONS, SPEECH_CUE, THRESHOLDS } from './heuristics.js';
import { words } from './text.js';
import type { StoryIndex } from './units.js';

/** How many of a quote's rarest words index it (a shared quote shares all of them but a few). */
const QUOTE_KEYS = 6;

/** Quotes of several articles that say the same thing. */
export interface QuoteGroup {
  members: Found[];
}

/** A quote of an article, read for grouping. */
export interface Found {
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

/** Words that introduce a title or a name in quotation marks. */
const NAMING_BEFORE = /\b(?:entitled|titled|headlined|named|dubbed|called|known as|slogan|hashtag|motto|banner|sign reading|the phrase|the term|the word)[,:]?\s*$/i;

/** Pronouns that name no one when analysis could not resolve them. */
const BARE_PRONOUNS = /^(?:he|she|they|it|we|you|he's|she's|they're|it's)$/i;
/** Words that open a description, capitalised only at a sentence start ("The officer", "Her spokesman"). */
const OPENERS = /^(?:the|a|an|his|her|their|its|our|my|this|that|these|those|one|two|three|some|many|several)$/i;
/**
 * Plural nouns of people that speak as a group ("Police said"), capitalised only at a sentence
 * start. A list, not the article's own spelling: "Law", "Young" or "Early" may be surnames.
 */
const GROUP_NOUNS = /^(?:police|authorities|officials|witnesses|investigators|prosecutors|residents|critics|experts|analysts|aides|sources|officers|firefighters|doctors|researchers|scientists|economists|lawmakers|legislators|voters|protesters|organizers|organisers|observers|activists|students|teachers|parents|workers|employees|executives|diplomats|people|others|rescuers|neighbors|neighbours|supporters|opponents|advocates)$/i;

/**
 * How an unlinked speaker is shown: a pronoun analysis could not resolve names no one (none is
 * shown); a description or a group capitalised only because it opened a sentence ("Police",
 * "The officer") is written as inside one, so that "police" and "Police" are one speaker; the
 * writer of an article with no byline is named by where they wrote ("the writer (USA Today)").
 */
export function shownSpeaker(name: string | null, outlet: string): string | null {
  if (!name || BARE_PRONOUNS.test(name)) return null;
  if (name === WRITER) return `${WRITER} (${outlet})`;
  const words = name.split(/\s+/);
  if (!/^\p{Lu}\p{Ll}/u.test(words[0])) return name;
  const common = OPENERS.test(words[0]) || (words.length === 1 && GROUP_NOUNS.test(words[0]));
  return common ? words[0].toLowerCase() + name.slice(words[0].length) : name;
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

/**
 * Quotes of a story grouped by what was said: the same words, or one wording inside another,
 * in several articles. Used to join facts (one statement quoted by three outlets is one fact)
 * and, split where wordings differ, for the quotes shown.
 */
export function quoteGroups(index: StoryIndex): QuoteGroup[] {
  const found: Found[] = [];
  index.story.articles.forEach((a, article) => {
    for (const q of a.quotes) {
      // The text must be what the article says at that span; a quote whose text does not match
      // its span is not shown rather than shown altered.
      if (a.article.text.slice(q.start, q.end) !== q.text || !q.text.trim()) continue;
      // a quoted name with no one saying it ("a story entitled “The Vice President pushed back
      // ...”", "the slogan “Make America Great Again”") is a title, not someone's words
      if (!q.speaker && NAMING_BEFORE.test(a.article.text.slice(Math.max(0, q.start - 30), q.start))) continue;
      const linked = q.speaker?.entity ? index.entityOf(a.article.id, q.speaker.entity) : undefined;
      found.push({
        quote: q,
        articleId: a.article.id,
        article,
        tokens: words(q.text),
        set: new Set(words(q.text)),
        speaker: linked?.name ?? shownSpeaker(q.speaker?.name ?? null, index.outletOf.get(a.article.id) ?? ''),
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

  return groups.map((members) => ({ members }));
}

/**
 * The quotes shown: within a group, the words that most of its articles print verbatim (outer
 * quotation marks and trailing punctuation left out), with a citation to each article that prints
 * exactly them; wordings that differ are shown apart. The text shown is thus verbatim in every
 * article it cites.
 */
export function briefQuotes(index: StoryIndex, groups: QuoteGroup[] = quoteGroups(index)): BriefQuote[] {
  const textOf = new Map(index.story.articles.map((a) => [a.article.id, a.article.text]));
  const out: BriefQuote[] = [];
  for (const { members } of groups) {
    let rest = members.filter((f) => shownAsWords(f, textOf.get(f.articleId)!));
    while (rest.length) {
      // The wording that shows the most: articles printing it times its length (a fragment that
      // every article shares does not beat the whole statement that two print).
      let best: { core: Span; text: string; at: Map<Found, number> } | null = null;
      for (const f of rest) {
        const core = coreOf(f.quote);
        const text = textOf.get(f.articleId)!.slice(core.start, core.end);
        const at = new Map<Found, number>();
        for (const g of rest) {
          const t = textOf.get(g.articleId)!;
          const near = t.indexOf(text, Math.max(0, g.quote.start - text.length));
          const pos = near >= 0 && near <= g.quote.end ? near : g === f ? core.start : -1;
          if (pos >= 0) at.set(g, pos);
        }
        const score = at.size * text.length;
        if (!best || score > best.at.size * best.text.length) best = { core, text, at };
      }
      const chosen = [...best!.at.keys()].sort((x, y) => x.article - y.article);
      const named = chosen.find((x) => x.entity) ?? chosen.find((x) => x.speaker);
      const lead = chosen[0];
      out.push({
        text: best!.text,
        speaker: named?.speaker ?? null,
        entity: named?.entity ?? null,
        kind: lead.quote.kind,
        citations: chosen.map((x) => ({ article: x.articleId, start: best!.at.get(x)!, end: best!.at.get(x)! + best!.text.length })),
      });
      rest = rest.filter((x) => !best!.at.has(x));
    }
  }
  return withoutNested(out).sort((x, y) => y.citations.length - x.citations.length || (x.speaker ?? '\uffff').localeCompare(y.speaker ?? '\uffff'));
}

/**
 * The quotes less those shown inside another of the same speaker: "Moscow wanted to publish
 * communications that he said cleared Russia ..." holds "cleared Russia ...", which adds nothing
 * (every citation of the inner one lies inside a citation of the outer one).
 */
function withoutNested(quotes: BriefQuote[]): BriefQuote[] {
  const byArticle = new Map<string, { quote: BriefQuote; start: number; end: number }[]>();
  for (const quote of quotes) {
    for (const c of quote.citations) {
      let list = byArticle.get(c.article);
      if (!list) byArticle.set(c.article, (list = []));
      list.push({ quote, start: c.start, end: c.end });
    }
  }
  const inside = (q: BriefQuote) =>
    q.citations.every((c) =>
      byArticle.get(c.article)!.some((o) => o.quote !== q && o.quote.speaker === q.speaker && o.start <= c.start && o.end >= c.end && o.end - o.start > c.end - c.start),
    );
  return quotes.filter((q) => !inside(q));
}

/**
 * Whether a quote is shown as someone's words: a quotation always; a reported statement
 * (indirect, or partly quoted) only when its cue is a verb of speech (`SPEECH_CUE`), and an
 * indirect one only when what it reports is a statement (`statesSomething`).
 */
function shownAsWords(f: Found, text: string): boolean {
  if (f.quote.kind === 'direct') return true;
  const cue = f.quote.cue;
  const verb = cue ? text.slice(cue.start, cue.end).replace(/\s+/g, ' ').trim() : '';
  if (!SPEECH_CUE.test(verb)) return false;
  return f.quote.kind !== 'indirect' || statesSomething(f.quote.text, verb);
}

/**
 * Whether the content of an indirect quote states something: a clause with a finite verb
 * ("that Russia intervened", "Moscow wanted to publish ..."), or an order or a warning to
 * someone ("warned Russia not to interfere"). A noun phrase is the topic or the object of an
 * act, not words ("concluded an investigation into ...", "tweeted a photo of ...", "announced
 * afterwards in a communique the content of their discussion").
 */
export function statesSomething(content: string, cue: string): boolean {
  const tokens = tagText(content);
  return tokens.some((t, k) => {
    if (t.pos !== 'VERB' && t.pos !== 'AUX') return false;
    const infinitive = tokens[k - 1]?.text.toLowerCase() === 'to';
    if (infinitive) return DIRECTIVE_CUE.test(cue);
    return !/ing$/i.test(t.text);
  });
}
/** Cues whose infinitive complement reports what was said: "urged Russia to resolve ...". */
const DIRECTIVE_CUE = /^(?:warn|urg|ask|told|tell|call|press|advis|order|instruct|implor|beg)/i;

/** The words of a quote without its outer quotation marks and the punctuation that closes it inside them. */
export function coreOf(q: Quote): Span {
  let start = q.start;
  let end = q.end;
  const text = q.text;
  const lead = text.match(/^\s*[“"‘']+\s*/)?.[0].length ?? 0;
  const trail = text.match(/\s*[,.;:]?\s*(?:[”"’']{1,2})\s*$/)?.[0].length ?? 0;
  if (lead && trail && lead + trail < text.length) {
    start += lead;
    end -= trail;
  }
  return { start, end };
}
