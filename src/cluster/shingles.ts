/**
 * Word shingles and minhash signatures, for finding copies of one text (wire copies, reprints)
 * among many articles without comparing every pair.
 */

/** FNV-1a, 32 bits: a fast, stable string hash (the same on every run and machine). */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A 32-bit mixer (murmur3 finaliser) to derive many hash functions from one. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Lower-case words of a text, punctuation dropped: outlets differ in quotes and dashes. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The distinct hashed shingles (`size` words in a row) of a word list, sorted. A text shorter
 * than one shingle gives one shingle of all its words.
 * @example shingles(['a','b','c'], 2) -> hashes of 'a b', 'b c'
 */
export function shingles(list: string[], size: number): Uint32Array {
  const out = new Set<number>();
  if (list.length > 0 && list.length < size) out.add(fnv1a(list.join(' ')));
  // hash each word once, then combine `size` word hashes per shingle (no strings built)
  const hashes = list.map(fnv1a);
  for (let i = 0; i + size <= hashes.length; i++) {
    let h = 0x9747b28c;
    for (let k = 0; k < size; k++) h = mix(h ^ hashes[i + k]);
    out.add(h);
  }
  return Uint32Array.from(out).sort();
}

/** Size of the intersection of two sorted sets. */
export function intersection(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/** Share of the smaller set found in the other: 1 for a text and its truncated reprint. */
export function containment(a: Uint32Array, b: Uint32Array): number {
  const small = Math.min(a.length, b.length);
  return small === 0 ? 0 : intersection(a, b) / small;
}

/** Jaccard resemblance of two sorted sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  const n = intersection(a, b);
  const u = a.length + b.length - n;
  return u === 0 ? 0 : n / u;
}

/** The minhash signature: for each of `k` hash functions, the least hash over the shingles. */
export function minhash(set: Uint32Array, k: number): Uint32Array {
  const sig = new Uint32Array(k).fill(0xffffffff);
  for (let s = 0; s < set.length; s++) {
    for (let i = 0; i < k; i++) {
      const h = mix(set[s] ^ Math.imul(i + 1, 0x9e3779b1));
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}

/**
 * Locality-sensitive hashing: calls `onPair` for items whose signatures agree on a whole band
 * (a pair may come once per band it agrees on). Buckets larger than `maxBucket` (boilerplate
 * every page shares) are skipped. Pairs are not collected: at 100,000 articles they would not fit.
 */
export function candidatePairs(signatures: Uint32Array[], bands: number, onPair: (a: number, b: number) => void, maxBucket = 64): void {
  const n = signatures.length;
  if (n === 0) return;
  const rows = Math.floor(signatures[0].length / bands);
  for (let b = 0; b < bands; b++) {
    // a band's rows hashed to one number; a collision only adds a candidate, verified later
    const buckets = new Map<number, number[]>();
    for (let item = 0; item < n; item++) {
      const sig = signatures[item];
      if (sig.length === 0 || sig[0] === 0xffffffff) continue;
      let key = b + 1;
      for (let r = b * rows; r < (b + 1) * rows; r++) key = mix(key ^ sig[r]);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(item);
      else buckets.set(key, [item]);
    }
    for (const bucket of buckets.values()) {
      if (bucket.length < 2 || bucket.length > maxBucket) continue;
      for (let i = 0; i < bucket.length; i++) for (let j = i + 1; j < bucket.length; j++) onPair(bucket[i], bucket[j]);
    }
  }
}
