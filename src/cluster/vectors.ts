/** Sparse vectors: feature ids sorted ascending with their weights. */

export interface SparseVector {
  /** feature ids, ascending */
  ids: Int32Array;
  /** weights, same order */
  weights: Float32Array;
}

export const EMPTY: SparseVector = { ids: new Int32Array(0), weights: new Float32Array(0) };

/** Builds a vector from [id, weight] pairs (ids unique). */
export function fromEntries(entries: [number, number][]): SparseVector {
  entries.sort((a, b) => a[0] - b[0]);
  const ids = new Int32Array(entries.length);
  const weights = new Float32Array(entries.length);
  entries.forEach(([id, w], i) => {
    ids[i] = id;
    weights[i] = w;
  });
  return { ids, weights };
}

/** Keeps the `k` heaviest features (ties broken by id, so the result is deterministic). */
export function top(v: SparseVector, k: number): SparseVector {
  if (v.ids.length <= k) return v;
  const order = Array.from(v.ids.keys()).sort((a, b) => v.weights[b] - v.weights[a] || v.ids[a] - v.ids[b]);
  return fromEntries(order.slice(0, k).map((i) => [v.ids[i], v.weights[i]]));
}

export function norm(v: SparseVector): number {
  let s = 0;
  for (let i = 0; i < v.weights.length; i++) s += v.weights[i] * v.weights[i];
  return Math.sqrt(s);
}

/** Scales to unit length (the zero vector stays zero). */
export function normalize(v: SparseVector): SparseVector {
  const n = norm(v);
  if (n === 0) return v;
  return { ids: v.ids, weights: v.weights.map((w) => w / n) };
}

/** Dot product of two sorted sparse vectors. */
export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i];
    const y = b.ids[j];
    if (x === y) s += a.weights[i++] * b.weights[j++];
    else if (x < y) i++;
    else j++;
  }
  return s;
}

/** Dot product of a sparse vector with a map-based accumulator. */
export function dotMap(a: SparseVector, m: Map<number, number>): number {
  let s = 0;
  for (let i = 0; i < a.ids.length; i++) s += a.weights[i] * (m.get(a.ids[i]) ?? 0);
  return s;
}

/** Cosine similarity (0 when either side is empty). */
export function cosine(a: SparseVector, b: SparseVector): number {
  const n = norm(a) * norm(b);
  return n === 0 ? 0 : dot(a, b) / n;
}

/** Sum of vectors, as a map accumulator. */
export function addInto(m: Map<number, number>, v: SparseVector, scale = 1): void {
  for (let i = 0; i < v.ids.length; i++) m.set(v.ids[i], (m.get(v.ids[i]) ?? 0) + v.weights[i] * scale);
}

/** A map accumulator as a sparse vector, heaviest `k` kept. */
export function fromMap(m: Map<number, number>, k = Infinity): SparseVector {
  return top(fromEntries([...m.entries()].filter(([, w]) => w > 0)), k);
}
