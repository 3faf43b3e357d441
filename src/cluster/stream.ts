/**
 * Incremental story clustering. Each unit (an article, or a group of copies of one text) is
 * compared with the candidate stories an inverted index (feature -> stories) finds for its
 * heaviest features, never with every story; it joins the most similar one when the similarity
 * (average cosine with the story's members: average linkage), discounted by the time between
 * them, reaches `STORY.join`, else it starts a story. Afterwards stories merge best pair first
 * while their linkage reaches `STORY.merge` (`STORY.mergeBig` for two stories that each grew).
 */
import { STORY } from './heuristics.js';
import { daysApart, span, timeFactor, type DayRange } from './time.js';
import { MaxHeap, type Scored } from './heap.js';
import { UnionFind } from './union-find.js';
import { dotMap, fromMap, top, type SparseVector } from './vectors.js';

/** What the clusterer sees of a unit. */
export interface Unit {
  /** unit-length feature vector */
  vector: SparseVector;
  /** days the unit was published on (copies may span several), or null */
  days: DayRange | null;
}

/** A story being built. */
class StoryState {
  /** sum of member vectors */
  readonly centroid = new Map<number, number>();
  /** squared length of `centroid` */
  sumsq = 0;
  readonly members: number[] = [];
  days: DayRange | null = null;
  /** sum of the cosines of all ordered pairs of members */
  pairs = 0;

  /** Average cosine between two members; null for a story of one. */
  get cohesion(): number | null {
    const n = this.members.length;
    return n < 2 ? null : this.pairs / (n * (n - 1));
  }

  add(unit: Unit, index: number): void {
    const v = unit.vector;
    this.pairs += 2 * dotMap(v, this.centroid);
    for (let i = 0; i < v.ids.length; i++) {
      const old = this.centroid.get(v.ids[i]) ?? 0;
      const w = old + v.weights[i];
      this.centroid.set(v.ids[i], w);
      this.sumsq += w * w - old * old;
    }
    this.members.push(index);
    this.days = span(this.days, unit.days);
    // bound the centroid: the long tail of once-seen terms costs memory and says little
    if (this.centroid.size > 4 * STORY.termsPerStory) this.prune();
  }

  absorb(other: StoryState): void {
    this.pairs += other.pairs + 2 * this.linkage(other) * this.members.length * other.members.length;
    for (const [id, w] of other.centroid) {
      const old = this.centroid.get(id) ?? 0;
      this.centroid.set(id, old + w);
      this.sumsq += (old + w) * (old + w) - old * old;
    }
    this.members.push(...other.members);
    this.days = span(this.days, other.days);
    if (this.centroid.size > 4 * STORY.termsPerStory) this.prune();
  }

  private prune(): void {
    const kept = top(fromMap(this.centroid), STORY.termsPerStory);
    this.centroid.clear();
    this.sumsq = 0;
    for (let i = 0; i < kept.ids.length; i++) {
      this.centroid.set(kept.ids[i], kept.weights[i]);
      this.sumsq += kept.weights[i] * kept.weights[i];
    }
  }

  /** Number of units in the story. */
  get size(): number {
    return this.members.length;
  }

  /** Average cosine of a unit vector with the members (average linkage): the centroid is their sum. */
  similarity(v: SparseVector): number {
    return this.members.length === 0 ? 0 : dotMap(v, this.centroid) / this.members.length;
  }

  /** Average cosine between the members of two stories. */
  linkage(other: StoryState): number {
    const [small, large] = this.centroid.size <= other.centroid.size ? [this, other] : [other, this];
    let s = 0;
    for (const [id, w] of small.centroid) s += w * (large.centroid.get(id) ?? 0);
    return s / (this.members.length * other.members.length);
  }

  /** Frees the centroid of a story absorbed by another. */
  clear(): void {
    this.centroid.clear();
    this.sumsq = 0;
  }

  /** The centroid as a unit-length vector of its heaviest features. */
  vector(k = STORY.termsPerStory): SparseVector {
    const v = top(fromMap(this.centroid), k);
    const n = Math.sqrt(this.sumsq);
    return { ids: v.ids, weights: n > 0 ? v.weights.map((w) => w / n) : v.weights };
  }
}

/** Similarity of a unit and a story: average cosine with its members, discounted by the days between them. */
function score(story: StoryState, unit: Unit): number {
  return story.similarity(unit.vector) * timeFactor(daysApart(story.days, unit.days));
}

/**
 * An undated article joins a story anchored in time (some members dated) only if it is about as
 * close to the story as the members are to each other (`STORY.fit` of the story's cohesion).
 * Dated reports pass two tests, time and content; an undated one can only be vetted by content,
 * so its content must fit as well as theirs does. Without it, a report on the same people but
 * another event (the RFE/RL piece of the bundled example, January 2017, among four reports of
 * December 2019) joins on shared names alone. Stories without dated members (ECB+) and dated
 * articles are judged by the thresholds alone.
 */
function fitsUnit(story: StoryState, score: number, undated: boolean): boolean {
  const c = story.cohesion;
  if (!undated || story.days === null || c === null || story.size < STORY.fitMembers) return true;
  return score >= STORY.fit * c;
}

function fits(x: StoryState, y: StoryState, link: number): boolean {
  if (x.size === 1) return fitsUnit(y, link, x.days === null);
  if (y.size === 1) return fitsUnit(x, link, y.days === null);
  return true;
}

/** The stories as lists of unit indices, given in the order the units were added. */
export class StreamClusterer {
  private readonly stories: StoryState[] = [];
  /** feature id -> story indices, most recent last */
  private readonly postings = new Map<number, number[]>();
  /** merged stories point at the story that absorbed them */
  private readonly merged: UnionFind;

  constructor(private readonly capacity: number) {
    this.merged = new UnionFind(capacity);
  }

  private live(s: number): number {
    return this.merged.find(s);
  }

  private post(story: number, v: SparseVector): void {
    for (const i of heaviest(v, STORY.lookupTerms)) {
      const id = v.ids[i];
      const list = this.postings.get(id);
      if (!list) this.postings.set(id, [story]);
      else if (list[list.length - 1] !== story) list.push(story);
    }
  }

  /**
   * Candidate stories for a vector: those sharing its heaviest features, best overlap first.
   * Stories too far in time to ever reach a threshold (`farFactor` below both) are passed over.
   */
  private candidates(v: SparseVector, days: DayRange | null, exclude = -1): number[] {
    const overlap = new Map<number, number>();
    const prune = STORY.farFactor < Math.min(STORY.join, STORY.merge);
    for (const i of heaviest(v, STORY.lookupTerms)) {
      const list = this.postings.get(v.ids[i]);
      if (!list) continue;
      const from = Math.max(0, list.length - STORY.postingsPerTerm);
      for (let p = list.length - 1; p >= from; p--) {
        const s = this.live(list[p]);
        if (s === exclude) continue;
        if (prune && (daysApart(this.stories[s].days, days) ?? 0) > STORY.farDays) continue;
        overlap.set(s, (overlap.get(s) ?? 0) + v.weights[i]);
      }
    }
    return [...overlap.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, STORY.candidates)
      .map(([s]) => s);
  }

  /** Adds one unit; returns the story index it joined or started. */
  add(unit: Unit, index: number): number {
    let best = -1;
    let bestScore = STORY.join;
    for (const s of this.candidates(unit.vector, unit.days)) {
      let sc = score(this.stories[s], unit);
      if (!fitsUnit(this.stories[s], sc, unit.days === null)) sc = 0;
      if (sc > bestScore || (sc === bestScore && best >= 0 && s < best)) {
        best = s;
        bestScore = sc;
      }
    }
    if (best < 0) {
      if (this.stories.length >= this.capacity) throw new Error('StreamClusterer: more units than its capacity');
      best = this.stories.length;
      this.stories.push(new StoryState());
    }
    this.stories[best].add(unit, index);
    this.post(best, unit.vector);
    return best;
  }

  /**
   * Merges stories best pair first while their average linkage, discounted by time, reaches
   * `STORY.merge` (agglomerative average linkage over the stories the stream built, with
   * candidate pairs from the index): a story that started before its first article was seen
   * in another wording joins it here.
   */
  mergeClose(): number {
    const heap = new MaxHeap<Scored & { va: number; vb: number }>();
    const version = new Int32Array(this.stories.length);
    const pairScore = (a: number, b: number) => {
      const [x, y] = [this.stories[a], this.stories[b]];
      const link = x.linkage(y) * timeFactor(daysApart(x.days, y.days));
      if (!fits(x, y, link)) return 0;
      // two stories that each grew on their own are two events unless they are clearly one
      if (Math.min(x.size, y.size) >= STORY.bigMembers && link < STORY.mergeBig) return 0;
      return link;
    };
    const pushCandidates = (s: number) => {
      for (const c of this.candidates(this.stories[s].vector(STORY.lookupTerms), this.stories[s].days, s)) {
        const score = pairScore(s, c);
        if (score >= STORY.merge) heap.push({ score, a: Math.min(s, c), b: Math.max(s, c), va: version[Math.min(s, c)], vb: version[Math.max(s, c)] });
      }
    };
    for (let s = 0; s < this.stories.length; s++) pushCandidates(s);
    let merges = 0;
    for (let top = heap.pop(); top; top = heap.pop()) {
      const { a, b } = top;
      if (this.live(a) !== a || this.live(b) !== b) continue;
      if (version[a] !== top.va || version[b] !== top.vb) {
        // stale: one side changed since the pair was scored
        const score = pairScore(a, b);
        if (score >= STORY.merge) heap.push({ score, a, b, va: version[a], vb: version[b] });
        continue;
      }
      const root = this.merged.union(a, b);
      const gone = root === a ? b : a;
      this.stories[root].absorb(this.stories[gone]);
      this.stories[gone].clear();
      version[root]++;
      this.post(root, this.stories[root].vector(STORY.lookupTerms));
      pushCandidates(root);
      merges++;
    }
    return merges;
  }

  /** The stories (lists of unit indices in order of addition), in order of creation. */
  result(): number[][] {
    const out: number[][] = [];
    for (let s = 0; s < this.stories.length; s++) if (this.live(s) === s) out.push([...this.stories[s].members].sort((a, b) => a - b));
    return out;
  }
}

/** Indices of the `k` heaviest weights of a vector. */
export function heaviest(v: SparseVector, k: number): number[] {
  const idx = Array.from(v.ids.keys());
  if (idx.length > k) idx.sort((a, b) => v.weights[b] - v.weights[a] || a - b).length = k;
  return idx;
}
