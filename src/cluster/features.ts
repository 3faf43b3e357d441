/**
 * What an article is about, as a sparse weighted vector: distinctive words, names (entities from
 * analysis when there are any, capitalised names as a fallback) and event dates mentioned, each
 * weighted by TF-IDF over the articles being clustered.
 */
import type { AnalyzedArticle } from '../core/types.js';
import { eventDays } from './event-days.js';
import { FEATURES } from './heuristics.js';
import { capitalisedNames, isContentWord, tokenize } from './tokens.js';
import { fromEntries, normalize, top, type SparseVector } from './vectors.js';

/** Raw counts of the features of one article, before weighting. */
export type Bag = Map<string, number>;

const add = (bag: Bag, key: string, n = 1) => bag.set(key, (bag.get(key) ?? 0) + n);

/**
 * The feature bag of an article. Prefixes keep kinds apart: `w:` word, `n:` capitalised name,
 * `e:` analysed entity, `d:` event date.
 */
export function featureBag(a: AnalyzedArticle): Bag {
  const bag: Bag = new Map();
  const title = a.article.title ?? '';
  for (const [text, times] of [[a.article.text, 1], [title, FEATURES.titleRepeat]] as const) {
    const tokens = tokenize(text);
    for (const t of tokens) if (isContentWord(t.stem)) add(bag, `w:${t.stem}`, times);
    for (const name of capitalisedNames(tokens)) {
      // multi-word names are distinctive as wholes; single ones are already words
      if (name.includes(' ')) add(bag, `n:${name}`, times);
      else if (isContentWord(name)) add(bag, `n:${name}`, times);
    }
  }
  for (const e of a.entities) add(bag, `e:${e.id.toLowerCase()}`, Math.max(1, e.mentions.length));
  // event days: resolved by analysis when it could, else as named in the text
  for (const d of a.dates) if (d.granularity === 'day' && !bag.has(`d:${d.value}`)) add(bag, `d:${d.value}`);
  for (const day of eventDays(`${title}\n${a.article.text}`)) add(bag, `d:${day}`);
  return bag;
}

/** Relative weight of each kind of feature. */
function kindWeight(key: string): number {
  switch (key.charCodeAt(0)) {
    case 110 /* n */:
      return FEATURES.nameWeight;
    case 101 /* e */:
      return FEATURES.entityWeight;
    case 100 /* d */:
      return FEATURES.dateWeight;
    default:
      return 1;
  }
}

/** A bag with its features as vocabulary ids: compact enough to keep for 100,000 articles. */
export interface EncodedBag {
  ids: Int32Array;
  counts: Float32Array;
}

/** A vocabulary: feature strings to dense ids, with document frequencies. */
export class Vocabulary {
  readonly ids = new Map<string, number>();
  readonly df: number[] = [];
  readonly keys: string[] = [];
  private readonly weights: number[] = [];
  documents = 0;

  /** Counts one article's bag and returns it encoded. */
  add(bag: Bag): EncodedBag {
    this.documents++;
    const ids = new Int32Array(bag.size);
    const counts = new Float32Array(bag.size);
    let k = 0;
    for (const [key, n] of bag) {
      let id = this.ids.get(key);
      if (id === undefined) {
        id = this.keys.length;
        this.ids.set(key, id);
        this.keys.push(key);
        this.df.push(0);
        this.weights.push(kindWeight(key));
      }
      this.df[id]++;
      ids[k] = id;
      counts[k++] = n;
    }
    return { ids, counts };
  }

  /** True for a name feature: a capitalised name (`n:`) or an analysed entity (`e:`). */
  isName(id: number): boolean {
    const c = this.keys[id]?.charCodeAt(0);
    return c === 110 || c === 101;
  }

  /** Inverse document frequency, smoothed; zero for terms in too large a share of articles. */
  idf(id: number): number {
    const df = this.df[id];
    if (this.documents >= 20 && df / this.documents > FEATURES.maxDocumentShare) return 0;
    return (Math.log((1 + this.documents) / (1 + df)) + FEATURES.idfOffset) ** FEATURES.idfPower;
  }

  /** The TF-IDF vector of a bag: (1 + ln tf) * idf * kind weight, top terms kept, unit length. */
  vector(bag: EncodedBag, keep = FEATURES.termsPerArticle): SparseVector {
    const entries: [number, number][] = [];
    for (let i = 0; i < bag.ids.length; i++) {
      const id = bag.ids[i];
      // a feature seen in one article only cannot link it to anything
      if (this.df[id] < 2) continue;
      const w = (1 + Math.log(bag.counts[i])) * this.idf(id) * this.weights[id];
      if (w > 0) entries.push([id, w]);
    }
    return normalize(top(fromEntries(entries), keep));
  }
}
