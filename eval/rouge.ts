/**
 * ROUGE-1, ROUGE-2 and ROUGE-L (Lin 2004) as ROUGE-1.5.5 computes them with `-m` (stemming):
 * text lower-cased, every run of characters other than a-z and 0-9 a separator, each token longer
 * than 3 characters replaced by its WordNet-2.0 exception form when it has one, else by its Porter
 * stem (ROUGE's `MorphStem`). ROUGE-N counts clipped n-gram matches; ROUGE-L is the longest common
 * subsequence of the two token sequences. Recall, precision and F1 (alpha = 0.5).
 * Optional `words` truncates the candidate to its first N words first (ROUGE's `-l N`).
 */
import { readFileSync } from 'node:fs';
import { stemmer } from 'stemmer';

/** A score: recall, precision and their harmonic mean. */
export interface Prf {
  r: number;
  p: number;
  f: number;
}

export interface RougeScores {
  rouge1: Prf;
  rouge2: Prf;
  rougeL: Prf;
}

/** Reads ROUGE's WordNet exception list: `word<TAB>replacement` per line. */
export function loadExceptions(path: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [word, base] = line.split('\t');
    if (word && base) map.set(word.trim(), base.trim());
  }
  return map;
}

/** Tokens as ROUGE-1.5.5 sees them with stemming on. */
export function rougeTokens(text: string, exceptions: Map<string, string> = new Map()): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .map((w) => (w.length > 3 ? (exceptions.get(w) ?? stemmer(w)) : w));
}

function ngrams(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function prf(hits: number, refTotal: number, peerTotal: number): Prf {
  const r = refTotal ? hits / refTotal : 0;
  const p = peerTotal ? hits / peerTotal : 0;
  return { r, p, f: r + p ? (2 * r * p) / (r + p) : 0 };
}

/** Matches of a peer against one reference: hits, the reference's count and the peer's count. */
interface Counts {
  hits: number;
  ref: number;
  peer: number;
}

function rougeN(peer: string[], ref: string[], n: number): Counts {
  const p = ngrams(peer, n);
  const r = ngrams(ref, n);
  let hits = 0;
  for (const [k, c] of p) hits += Math.min(c, r.get(k) ?? 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return { hits, ref: total(r), peer: total(p) };
}

function lcs(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    prev = cur;
  }
  return prev[b.length];
}

/** Truncates a text to its first `words` whitespace-separated words (ROUGE `-l`). */
export function truncateWords(text: string, words: number): string {
  return text.trim().split(/\s+/).slice(0, words).join(' ');
}

/**
 * Scores a candidate against one or more references. With several references the counts are
 * pooled as ROUGE-1.5.5 does with `-f A` (its default, "model average"): hits, reference n-grams
 * and peer n-grams are summed over the references, then R = hits / reference n-grams,
 * P = hits / peer n-grams, F from that R and P. Each reference clips the hits on its own, so a
 * summary that repeats itself gains nothing. No jackknifing: ROUGE-1.5.5 removed it (1.4), and
 * the published DUC system scores are computed against all references. One reference gives the
 * plain single-reference score.
 * @example two references of 10 and 30 unigrams with 5 and 9 hits: R-1 = 14 / 40 = 0.35
 *          (the mean of 0.5 and 0.3 would say 0.40)
 */
export function rouge(candidate: string, references: string[], opts: { words?: number; exceptions?: Map<string, string> } = {}): RougeScores {
  const peer = rougeTokens(opts.words ? truncateWords(candidate, opts.words) : candidate, opts.exceptions);
  const sum = (list: Counts[]): Prf => prf(list.reduce((s, c) => s + c.hits, 0), list.reduce((s, c) => s + c.ref, 0), list.reduce((s, c) => s + c.peer, 0));
  const refs = references.map((ref) => rougeTokens(ref, opts.exceptions));
  return {
    rouge1: sum(refs.map((r) => rougeN(peer, r, 1))),
    rouge2: sum(refs.map((r) => rougeN(peer, r, 2))),
    rougeL: sum(refs.map((r) => ({ hits: lcs(peer, r), ref: r.length, peer: peer.length }))),
  };
}

/** The mean of several scores, field by field. */
export function averageScores(list: RougeScores[]): RougeScores {
  const mean = (k: keyof RougeScores): Prf => {
    const n = list.length || 1;
    const sum = (f: keyof Prf) => list.reduce((s, x) => s + x[k][f], 0) / n;
    return { r: sum('r'), p: sum('p'), f: sum('f') };
  };
  return { rouge1: mean('rouge1'), rouge2: mean('rouge2'), rougeL: mean('rougeL') };
}
