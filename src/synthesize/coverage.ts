/** Per-outlet coverage: the claims each outlet states, and those no other outlet states. */
import type { Claim, OutletCoverage } from '../core/types.js';
import type { StoryIndex } from './units.js';

export function coverage(claims: Claim[], index: StoryIndex): OutletCoverage[] {
  const byOutlet = new Map<string, OutletCoverage>();
  for (const a of index.story.articles) {
    const outlet = index.outletOf.get(a.article.id)!;
    let c = byOutlet.get(outlet);
    if (!c) byOutlet.set(outlet, (c = { outlet, articles: [], claims: [], exclusive: [] }));
    c.articles.push(a.article.id);
  }
  for (const claim of claims) {
    const outlets = new Set(claim.citations.map((c) => index.outletOf.get(c.article)!));
    for (const o of outlets) {
      const c = byOutlet.get(o)!;
      c.claims.push(claim.id);
      if (outlets.size === 1) c.exclusive.push(claim.id);
    }
  }
  return [...byOutlet.values()].sort((x, y) => y.claims.length - x.claims.length || x.outlet.localeCompare(y.outlet));
}
