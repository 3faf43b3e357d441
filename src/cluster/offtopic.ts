/**
 * Off-topic articles: related to a story (same people, same words) but about another event.
 */
import { OFF_TOPIC } from './heuristics.js';
import { daysApart, type DayRange } from './time.js';
import { cosine, fromMap, addInto, type SparseVector } from './vectors.js';

/** Median of numbers (0 for none). */
export function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * The members of a story that do not fit it: a member is an outlier when its similarity to the
 * centroid of the other members lies far below the others' (robust z-score under
 * `-OFF_TOPIC.outlierZ`, the spread measured by the median absolute deviation, floored so that
 * a story of near-copies does not evict a fair rewrite), or when it was published long before or
 * after the story's median date. Small stories cannot say which member is the odd one, and
 * the majority is never off-topic.
 * @returns indices of the outliers
 */
export function outliers(vectors: SparseVector[], days: (DayRange | null)[]): number[] {
  const n = vectors.length;
  if (n < OFF_TOPIC.minMembers) return [];
  const total = new Map<number, number>();
  for (const v of vectors) addInto(total, v);
  const sims = vectors.map((v) => {
    const rest = new Map(total);
    addInto(rest, v, -1);
    return cosine(v, fromMap(rest));
  });
  const typical = median(sims);
  const spread = Math.max(OFF_TOPIC.minSpread, median(sims.map((x) => Math.abs(x - typical))));
  const dated = days.filter((d): d is DayRange => d !== null).map((d) => d.first);
  const mid = dated.length >= OFF_TOPIC.minMembers ? median(dated) : null;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const far = mid !== null && days[i] !== null && (daysApart(days[i], { first: mid, last: mid }) ?? 0) > OFF_TOPIC.farDays;
    if (far || (typical - sims[i]) / spread > OFF_TOPIC.outlierZ) out.push(i);
  }
  return out.length * 2 >= n ? [] : out;
}
