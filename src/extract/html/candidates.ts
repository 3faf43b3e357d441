/**
 * Main-text candidates, in order of trust; the door compares them on quality
 * (trafilatura's `compare_extraction`, Mercury's "first / second / lastly"):
 *
 * 1. `readability`: Mozilla Readability on the cleaned page, then boilerplate removed inside its
 *    article container.
 * 2. `baseline`: our paragraph-density extractor (below): the container with the most prose in
 *    paragraphs of low link density, and its prose blocks.
 * 3. `json-ld`: the page's own `articleBody`, when it is plausible (see `choose.ts`).
 * 4. `baseline` (last resort): every paragraph of the cleaned page, for fragments and small
 *    pages (a feed entry's HTML, a saved snippet) where neither method finds a container.
 */
import { Readability } from '@mozilla/readability';
import { linkDensity, removeBoilerplate, removeLinkLists, removeTeasers } from './clean.js';
import { BOILERPLATE_PARAGRAPHS } from './patterns.js';
import { countWords, paragraphsOf } from './text.js';

/** A candidate main text. */
export interface Candidate {
  /** which method produced it */
  method: 'readability' | 'baseline' | 'json-ld';
  /** paragraphs, in order */
  paragraphs: string[];
  /** share of the container's words inside links, when measured (a home page's list is ~1) */
  linkDensity?: number;
}

/** Readability's article container, cleaned, or null when it found none. */
export function readabilityCandidate(document: Document): Candidate | null {
  let container: Element | null = null;
  try {
    const reader = new Readability(document, { keepClasses: true, serializer: (el: Node) => el as unknown as string, charThreshold: 400 });
    const parsed = reader.parse();
    container = (parsed?.content as unknown as Element | undefined) ?? null;
  } catch {
    return null;
  }
  if (!container) return null;
  removeBoilerplate(container, { maxProseShare: 0.5 });
  removeTeasers(container);
  removeLinkLists(container);
  return { method: 'readability', paragraphs: cleanParagraphs(paragraphsOf(container as never)), linkDensity: linkDensity(container) };
}

/** Drops whole paragraphs that are boilerplate by their text (see BOILERPLATE_PARAGRAPHS). */
export function cleanParagraphs(paragraphs: string[]): string[] {
  return paragraphs.filter((p) => !BOILERPLATE_PARAGRAPHS.some((re) => re.test(p)));
}

/** Blocks whose text the density extractor weighs. */
const PROSE_BLOCKS = 'p, pre, blockquote, li, h2, h3, h4, h5, h6, td, dd';

/** A paragraph counts as prose from this many words, if few of them are links. */
const PROSE_MIN_WORDS = 10;
const PROSE_MAX_LINK_DENSITY = 0.33;

/**
 * Our own extractor, the fallback when Readability finds no container (see choose.ts for why it
 * is not a rival): every prose paragraph (enough words, few links)
 * gives its words to its parent and half to its grandparent; the best-scored container wins and
 * its blocks are kept unless they are link lists or boilerplate by text. Unlike Readability it
 * never rewrites the page, so it survives layouts that make Readability pick a sidebar.
 */
export function densityCandidate(body: Element): Candidate | null {
  const scores = new Map<Element, number>();
  for (const block of Array.from(body.querySelectorAll(PROSE_BLOCKS))) {
    const words = countWords(block.textContent ?? '');
    if (words < PROSE_MIN_WORDS || linkDensity(block, words) > PROSE_MAX_LINK_DENSITY) continue;
    const parent = block.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + words);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + words / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  if (!best) return null;
  // the outermost prose blocks of the winner, in order (a <p> inside a <blockquote> is read once)
  const paragraphs: string[] = [];
  for (const block of Array.from(best.querySelectorAll(PROSE_BLOCKS))) {
    const outer = block.parentElement?.closest(PROSE_BLOCKS);
    if (outer && best.contains(outer)) continue;
    const words = countWords(block.textContent ?? '');
    if (words === 0) continue;
    if (words < 40 && linkDensity(block, words) > 0.5) continue;
    paragraphs.push(...paragraphsOf(block as never));
  }
  return { method: 'baseline', paragraphs: cleanParagraphs(paragraphs) };
}

/** Every paragraph of the cleaned page: the last resort for fragments and very small pages. */
export function bodyCandidate(body: Element): Candidate {
  return { method: 'baseline', paragraphs: cleanParagraphs(paragraphsOf(body as never)), linkDensity: linkDensity(body) };
}
