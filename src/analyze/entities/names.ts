/**
 * Name normalisation shared by within-article merging, cross-article linking and surface
 * resolution: folding case and diacritics, given-name variants (Sergei/Sergey, Mike/Michael),
 * the edit distance used for transliterations.
 */
import { GIVEN_NAME_VARIANTS, HONORIFICS } from './lexicon.js';

/** Lowercase, no diacritics, no periods, typographic apostrophes made straight: the key of a word. */
export function fold(word: string): string {
  // plain ASCII (nearly every word of English news) needs no Unicode normalisation
  if (/^[\x20-\x7e]*$/.test(word)) return (word.includes('.') ? word.replace(/\./g, '') : word).toLowerCase();
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").replace(/\./g, '').toLowerCase();
}

/** The name words of a person without honorifics, initials ("J.") and nicknames in brackets. */
export function coreWords(words: string[]): string[] {
  return words.filter((w) => !HONORIFICS.has(w.toLowerCase()) && !/^\p{Lu}\.?$/u.test(w) && !/^[("“]/.test(w));
}

const VARIANT_GROUP = new Map<string, number>();
GIVEN_NAME_VARIANTS.forEach((group, i) => group.forEach((name) => VARIANT_GROUP.set(name, i)));

/** Levenshtein distance, bounded: returns `max + 1` as soon as it is exceeded. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length];
}

/**
 * Two given names (folded) that can name the same person: equal, in one variant group
 * ("sergei"/"sergey", "mike"/"michael"), or a transliteration a small edit away with the same
 * first letter ("zelenskiy"/"zelensky"). Short names need an exact match: "Jan"/"Jon" differ.
 */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  const ga = VARIANT_GROUP.get(a);
  if (ga !== undefined && ga === VARIANT_GROUP.get(b)) return true;
  if (a[0] !== b[0] || Math.min(a.length, b.length) < 5) return false;
  return editDistance(a, b, 1) <= 1;
}

/** Two surnames (folded) that can be the same: equal, or one transliteration edit apart for long names ("Zelenskiy"/"Zelensky"). */
export function sameSurname(a: string, b: string): boolean {
  if (a === b) return true;
  const ga = VARIANT_GROUP.get(a);
  if (ga !== undefined && ga === VARIANT_GROUP.get(b)) return true;
  if (a[0] !== b[0] || Math.min(a.length, b.length) < 6) return false;
  return editDistance(a, b, 1) <= 1;
}
