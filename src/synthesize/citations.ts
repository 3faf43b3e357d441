/** Citations: pointers from a briefing line back to source spans. */
import type { Citation } from '../core/types.js';
import type { Unit } from './units.js';

/** The citation of a unit's sentence. */
export function citeUnit(u: Unit): Citation {
  return { article: u.articleId, start: u.start, end: u.end };
}

/** Citations of several units, the first kept first, duplicates removed. */
export function citeUnits(units: Unit[]): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const u of units) {
    const key = `${u.articleId}\u0000${u.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(citeUnit(u));
  }
  return out;
}
