/**
 * Copies of one text: the same wire story republished by several outlets (whole or cut), and
 * reworded leads over the same body. Copies are grouped so that corroboration counts independent
 * sources, not reprints.
 */
import { COPIES } from './heuristics.js';
import { candidatePairs, containment, fnv1a, minhash, shingles, words } from './shingles.js';
import { UnionFind } from './union-find.js';

/** Why two articles were found to be copies. */
export type CopyKind = 'identical' | 'reprint' | 'lead';

/** A pair of copies, by index into the input list. */
export interface CopyPair {
  a: number;
  b: number;
  kind: CopyKind;
  /** the shingle containment that decided it (1 for identical texts) */
  score: number;
}

/** The copy pairs of a list of texts and the groups they form. */
export interface Copies {
  pairs: CopyPair[];
  /** groups of indices (more than one member each), smallest index first */
  groups: number[][];
}

/** What copy detection needs of an article, computed once. */
export interface CopyPrint {
  /** hash of the normalised text, for identical copies */
  exact: number;
  /** shingles of the whole text */
  body: Uint32Array;
  /** shingles of the lead */
  lead: Uint32Array;
  /** number of words */
  length: number;
  /** publication day number, or null */
  day: number | null;
}

/** Fingerprints one text. */
export function copyPrint(text: string, day: number | null = null): CopyPrint {
  const list = words(text);
  return {
    day,
    exact: fnv1a(list.join(' ')),
    body: shingles(list, COPIES.shingle),
    lead: shingles(list.slice(0, COPIES.leadWords), 3),
    length: list.length,
  };
}

/** Decides whether two fingerprints are copies, and how. */
export function compareCopies(x: CopyPrint, y: CopyPrint): { kind: CopyKind; score: number } | null {
  if (x.length === 0 || y.length === 0) return null;
  // the same words months apart are reused background, not a copy of one report
  if (x.day !== null && y.day !== null && Math.abs(x.day - y.day) > COPIES.maxDays) return null;
  if (x.exact === y.exact && x.length === y.length) return { kind: 'identical', score: 1 };
  const body = containment(x.body, y.body);
  // a very short text (a headline-only item) is contained in many; require some length
  if (body >= COPIES.containment && Math.min(x.body.length, y.body.length) >= 10) return { kind: 'reprint', score: body };
  const lead = containment(x.lead, y.lead);
  if (lead >= COPIES.leadContainment && body >= COPIES.leadContainment / 2 && Math.min(x.lead.length, y.lead.length) >= 20) return { kind: 'lead', score: lead };
  return null;
}

/** Finds copies among fingerprints with minhash LSH (body and lead), verified on the shingles. */
export function findCopies(prints: CopyPrint[]): Copies {
  const pairs: CopyPair[] = [];
  const uf = new UnionFind(prints.length);
  const check = (a: number, b: number) => {
    // already in one group (through this or another pair): nothing to learn
    if (uf.find(a) === uf.find(b)) return;
    const found = compareCopies(prints[a], prints[b]);
    if (!found) return;
    pairs.push({ a: Math.min(a, b), b: Math.max(a, b), ...found });
    uf.union(a, b);
  };
  // identical texts first, by their hash, so that each is reported whatever the LSH finds
  const first = new Map<string, number>();
  prints.forEach((p, i) => {
    if (p.length === 0) return;
    const key = `${p.exact}:${p.length}`;
    const a = first.get(key);
    if (a === undefined) first.set(key, i);
    else if (compareCopies(prints[a], p)?.kind === 'identical') {
      pairs.push({ a, b: i, kind: 'identical', score: 1 });
      uf.union(a, i);
    }
  });
  candidatePairs(prints.map((p) => minhash(p.body, COPIES.hashes)), COPIES.bands, check);
  candidatePairs(prints.map((p) => minhash(p.lead, COPIES.hashes)), COPIES.bands, check);
  pairs.sort((p, q) => p.a - q.a || p.b - q.b);
  return { pairs, groups: uf.groups() };
}
