/**
 * Clutter inside a line: Markdown syntax around kept words, pic.twitter.com links and The Hill's
 * glued hover-cards. Each finds "cuts" (input ranges to leave out); the words between cuts are
 * copied verbatim, so offsets still map back to the input.
 */
import { HOVER_CARD, INLINE_PATTERNS, keepGroup, type InlineRuleName } from './rules.js';

/** An input range `[start, end)` left out of the cleaned text, and the rule that cut it. */
export interface Cut {
  start: number;
  end: number;
  rule: InlineRuleName;
  /** the closing half of a pair ("](url)" after "["): counted once with its opening half */
  closing?: boolean;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The Hill's hover-cards: a name is followed, with no space, by the person's full name and a run
 * of headlines ending in " MORE". Detected generically: a lowercase letter directly followed by
 * an uppercase one, where the glued text starts with a name that repeats the preceding word (the
 * surname) and a " MORE" closes it.
 *
 * @example
 *   "President TrumpDonald John TrumpGeraldo Rivera on ... MORE warned" -> "President Trump warned"
 */
export function hoverCards(line: string): { start: number; end: number }[] {
  const cards: { start: number; end: number }[] = [];
  // every card ends in " MORE": a line without one has none (and most lines are skipped cheaply)
  if (!line.includes(' MORE') && !/\sMORE/.test(line)) return cards;
  const glue = /\p{Ll}(?=\p{Lu})/gu;
  let m: RegExpExecArray | null;
  let from = 0;
  while ((m = glue.exec(line))) {
    const j = m.index + 1;
    if (j < from) continue;
    let k = j;
    while (k > 0 && /[\p{L}'’-]/u.test(line[k - 1])) k--;
    const surname = line.slice(k, j);
    if (surname.length < HOVER_CARD.minSurname || !/^\p{Lu}/u.test(surname)) continue;
    // "McConnellAddison (Mitch) ...": the glue inside "Mc|Connell" is not the card's start; the
    // word glued on must not itself hold a later glue point (that one is tried next)
    if (/^\S*\p{Ll}\p{Lu}/u.test(line.slice(j + 1, j + HOVER_CARD.maxNameLength).split(/\s/)[0] ?? '')) continue;
    const name = new RegExp(`^(?:(?:\\p{Lu}[\\p{L}.'’-]*|\\([^)]{1,40}\\))\\s+){0,${HOVER_CARD.maxGivenNames}}${escapeRegExp(surname)}(?![\\p{Ll}])`, 'u');
    const head = name.exec(line.slice(j, j + HOVER_CARD.maxNameLength));
    if (!head) continue;
    const more = HOVER_CARD.closer;
    more.lastIndex = j + head[0].length;
    const close = more.exec(line);
    if (!close || close.index - j > HOVER_CARD.maxLength) continue;
    const end = close.index + close[0].length;
    cards.push({ start: j, end });
    from = end;
    glue.lastIndex = end;
  }
  return cards;
}

/** Cuts for one line `input.slice(start, end)`, sorted and not overlapping. */
export function inlineCuts(input: string, start: number, end: number, markdown: boolean): Cut[] {
  const line = input.slice(start, end);
  const cuts: Cut[] = [];
  const taken = (a: number, b: number) => cuts.some((c) => a < c.end && c.start < b);
  const add = (a: number, b: number, rule: InlineRuleName, closing = false) => {
    if (b > a && !taken(a, b)) cuts.push(closing ? { start: start + a, end: start + b, rule, closing } : { start: start + a, end: start + b, rule });
  };
  for (const card of hoverCards(line)) add(card.start, card.end, 'hover-card');
  for (const p of INLINE_PATTERNS) {
    if (p.markdownOnly && !markdown) continue;
    const re = new RegExp(p.pattern.source, p.pattern.flags.includes('g') ? p.pattern.flags : p.pattern.flags + 'g');
    let m: RegExpExecArray | null;
    while ((m = re.exec(line))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (taken(m.index, m.index + m[0].length)) continue;
      if (p.keep === undefined) add(m.index, m.index + m[0].length, p.name);
      else {
        // keep the named group (the link text, the bold words); cut what surrounds it
        const inner = keepGroup(m.indices?.groups, p.keep);
        if (!inner) continue;
        add(m.index, inner[0], p.name);
        add(inner[1], m.index + m[0].length, p.name, true);
      }
    }
  }
  return cuts.sort((a, b) => a.start - b.start);
}
