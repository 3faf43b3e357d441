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
 * With all articles declared one story: the members that do not fit it. A member is an outlier
 * when its similarity to the centroid of the others is far below the median member's, or when it
 * was published long before or after the story's median date. Fewer than three members cannot
 * say which one is the odd one.
 * @returns indices of the outliers
 */
export function singleStoryOutliers(vectors: SparseVector[], days: (DayRange | null)[]): number[] {
  const n = vectors.length;
  if (n < 3) return [];
  const total = new Map<number, number>();
  for (const v of vectors) addInto(total, v);
  const sims = vectors.map((v) => {
    const rest = new Map(total);
    addInto(rest, v, -1);
    return cosine(v, fromMap(rest));
  });
  const typical = median(sims);
  const dated = days.filter((d): d is DayRange => d !== null).map((d) => d.first);
  const mid = dated.length >= 3 ? median(dated) : null;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const far = mid !== null && days[i] !== null && (daysApart(days[i], { first: mid, last: mid }) ?? 0) > OFF_TOPIC.farDays;
    if (far || sims[i] < OFF_TOPIC.singleStoryRatio * typical) out.push(i);
  }
  // never call the majority off-topic
  return out.length * 2 >= n ? [] : out;
}
