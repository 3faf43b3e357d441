/**
 * Compares the main-text candidates and picks one (trafilatura's `compare_extraction`).
 *
 * 1. Readability is trusted first: it is the best single method on news pages.
 * 2. Our density extractor replaces it only when Readability found nothing or under a quarter of
 *    its words. As an equal rival (replacing Readability at under half) it lost F1 on the
 *    scrapinghub set (0.964 against 0.969): where the two disagreed, Readability was right, the
 *    density extractor having picked a rail of teaser paragraphs.
 * 3. A plausible JSON-LD `articleBody` (as long as the chosen text, its words mostly found there)
 *    trims the chosen text's edges: paragraphs before the first and after the last one that the
 *    publisher's own body contains are boilerplate that slipped through (a promo, a bio).
 *    Filtering every paragraph instead cost F1 (0.9795 against 0.9799 without JSON-LD): it
 *    dropped subheadings and embedded posts, which publishers keep out of `articleBody`.
 * 4. When the DOM gave (almost) nothing, the JSON-LD body is the text.
 */
import type { Candidate } from './candidates.js';
import { countWords } from './text.js';

/** Readability loses to the density extractor below this share of its words (see 2. above). */
export const READABILITY_MIN_SHARE = 0.25;

/** JSON-LD filters a DOM text when this share of its word shingles is found there. */
export const JSON_LD_COVERAGE = 0.8;

/** A JSON-LD body shorter than this share of the DOM text is a teaser or truncated: no filter. */
export const JSON_LD_MIN_SHARE = 0.7;

/** The DOM text is replaced by the JSON-LD body when it has less than this share of its words. */
export const JSON_LD_REPLACES_BELOW = 0.3;

/** A DOM paragraph survives the JSON-LD filter when this share of its shingles is in the body. */
export const JSON_LD_PARAGRAPH_SHARE = 0.5;

/** Word shingles of three tokens, lower-cased. */
function shingleSet(text: string): Set<string> {
  const tokens = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const out = new Set<string>();
  for (let i = 0; i + 3 <= tokens.length; i++) out.add(`${tokens[i]} ${tokens[i + 1]} ${tokens[i + 2]}`);
  if (tokens.length > 0 && tokens.length < 3) out.add(tokens.join(' '));
  return out;
}

function share(of: Set<string>, inside: Set<string>): number {
  if (of.size === 0) return 0;
  let n = 0;
  for (const s of of) if (inside.has(s)) n++;
  return n / of.size;
}

/** Picks the best candidate; candidates come in order of trust. */
export function chooseCandidate(candidates: Candidate[]): Candidate | null {
  const byMethod = new Map(candidates.map((c) => [c.method, c]));
  const words = (c: Candidate | undefined) => (c ? countWords(c.paragraphs.join(' ')) : 0);
  const readability = byMethod.get('readability');
  const density = byMethod.get('baseline');
  const jsonLd = byMethod.get('json-ld');

  let dom: Candidate | undefined = readability;
  if (!dom || (density && words(dom) < READABILITY_MIN_SHARE * words(density))) dom = density ?? dom;

  if (jsonLd) {
    const body = shingleSet(jsonLd.paragraphs.join(' '));
    if (!dom || words(dom) < JSON_LD_REPLACES_BELOW * words(jsonLd)) return jsonLd;
    const domText = shingleSet(dom.paragraphs.join(' '));
    if (words(jsonLd) >= JSON_LD_MIN_SHARE * words(dom) && share(body, domText) >= JSON_LD_COVERAGE) {
      // only the edges are trimmed: a paragraph in the middle that the publisher's body lacks is
      // usually content it stores apart (a subheading, an embedded post), while leftovers at the
      // start and end are boilerplate (a standfirst repeated, a promo, an author bio)
      const inBody = dom.paragraphs.map((p) => share(shingleSet(p), body) >= JSON_LD_PARAGRAPH_SHARE);
      const first = inBody.indexOf(true);
      const last = inBody.lastIndexOf(true);
      if (first >= 0 && (first > 0 || last < dom.paragraphs.length - 1)) {
        return { ...dom, method: 'json-ld', paragraphs: dom.paragraphs.slice(first, last + 1) };
      }
    }
  }
  return dom ?? null;
}
