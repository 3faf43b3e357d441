/**
 * Cluster: groups analysed articles into stories, in this order:
 *
 *   1. checkInputs   the same article twice, placeholder or future dates, undated articles
 *   2. featureBag    words, capitalised names, entities, event dates -> TF-IDF vectors
 *   3. findCopies    wire copies and reprints (minhash over word shingles), clustered as one unit
 *   4. stream        units in publication order join the best candidate story or start one
 *   5. mergeClose    stories merge best pair first by average linkage (stricter for two grown stories)
 *   6. off-topic     singletons related to a bigger story are listed as its off-topic articles
 *
 * Pure: the articles are not changed. The result does not depend on the order the articles come
 * in: they are processed in order of publication date, then id.
 */
import { leadTitle } from '../analyze/sentences.js';
import { message } from '../core/messages.js';
import type { AnalyzedArticle, Clustering, Story } from '../core/types.js';
import { copyPrint, findCopies } from './copies.js';
import { featureBag, Vocabulary } from './features.js';
import { OFF_TOPIC, STORY } from './heuristics.js';
import { checkInputs } from './inputs.js';
import { outliers } from './offtopic.js';
import { fnv1a } from './shingles.js';
import { heaviest, StreamClusterer, type Unit } from './stream.js';
import { span, type DayRange } from './time.js';
import { addInto, cosine, dot, EMPTY, fromMap, normalize, type SparseVector } from './vectors.js';

export interface ClusterOptions {
  /** treat all inputs as one story; outliers are listed in `offTopic` and left out of `articles` */
  singleStory?: boolean;
  /** the clock for "a publication date in the future" (default: the time of the call) */
  now?: Date | string;
}

/** A unit of clustering: one article, or a group of copies of one text. */
interface Member extends Unit {
  /** indices of the articles, ascending */
  articles: number[];
  /** true when no article of the unit has a word to cluster on */
  empty: boolean;
}

export function cluster(input: AnalyzedArticle[], opts: ClusterOptions = {}): Clustering {
  const now = opts.now === undefined ? new Date() : new Date(opts.now);
  const checked = checkInputs(input, now);
  const { messages } = checked;
  if (checked.articles.length === 0) return { stories: [], messages };
  // one canonical order (publication day, then id, then text) for everything that follows, so
  // that a stream sent in another order gives the same stories, bit for bit
  const canonical = checked.articles
    .map((a, i) => ({ i, day: checked.days[i] ?? Number.POSITIVE_INFINITY, id: a.article.id, text: fnv1a(a.article.text) }))
    .sort((x, y) => x.day - y.day || cmp(x.id, y.id) || x.text - y.text)
    .map((x) => x.i);
  const articles = canonical.map((i) => checked.articles[i]);
  const days = canonical.map((i) => checked.days[i]);

  const vocabulary = new Vocabulary();
  let bags = articles.map((a) => vocabulary.add(featureBag(a)));
  const vectors = bags.map((bag) => vocabulary.vector(bag));
  const wordless = bags.map((b) => b.ids.length === 0);
  bags = []; // the counts are in the vectors now; 100,000 bags are worth freeing

  const copies = findCopies(articles.map((a, i) => copyPrint(a.article.text, days[i])));
  for (const pair of copies.pairs) {
    if (pair.kind !== 'identical') continue;
    const [a, b] = [articles[pair.a].article, articles[pair.b].article];
    messages.push(message('warning', 'cluster', 'duplicate', `${b.id} has the same text as ${a.id}; grouped as copies`, b.origin));
  }
  const units = makeUnits(articles.length, copies.groups, vectors, days, wordless);
  for (const u of units) {
    if (!u.empty) continue;
    for (const i of u.articles) {
      const a = articles[i].article;
      messages.push(message('warning', 'cluster', 'too-short', `${a.id} has no words to compare with other articles; it is a story of its own`, a.origin));
    }
  }
  // units in publication order (a copy group at its first day), then canonical order
  const order = units
    .map((u, i) => ({ i, day: u.days?.first ?? Number.POSITIVE_INFINITY, first: u.articles[0] }))
    .sort((a, b) => a.day - b.day || a.first - b.first)
    .map((x) => x.i);

  const build = (groups: number[][], offTopic: Map<number, number[]>) =>
    groups.map((g, k) => makeStory(g, offTopic.get(k) ?? [], units, articles, vectors, days));

  if (opts.singleStory) {
    const usable = order.filter((u) => !units[u].empty);
    const odd = new Set(outliers(usable.map((u) => units[u].vector), usable.map((u) => units[u].days)).map((k) => usable[k]));
    const kept = order.filter((u) => !odd.has(u));
    return { stories: build([kept], new Map([[0, [...odd]]])), messages };
  }

  const clusterer = new StreamClusterer(units.length);
  for (const u of order) {
    if (units[u].empty) continue;
    clusterer.add(units[u], u);
  }
  clusterer.mergeClose();
  const groups = clusterer.result();
  for (const u of order) if (units[u].empty) groups.push([u]);
  const { kept, offTopic } = relatedSingletons(groups, units, (id) => vocabulary.isName(id));
  return { stories: sortStories(build(kept, offTopic)), messages };
}

/** Units: each copy group is one, every other article is one; vectors of copies are summed. */
function makeUnits(n: number, groups: number[][], vectors: SparseVector[], days: (number | null)[], empty: boolean[]): Member[] {
  const grouped = new Set(groups.flat());
  const lists = [...groups, ...Array.from({ length: n }, (_, i) => i).filter((i) => !grouped.has(i)).map((i) => [i])];
  return lists.map((list) => {
    let vector = vectors[list[0]];
    if (list.length > 1) {
      const sum = new Map<number, number>();
      for (const i of list) addInto(sum, vectors[i]);
      vector = normalize(fromMap(sum));
    }
    let range: DayRange | null = null;
    for (const i of list) if (days[i] !== null) range = span(range, { first: days[i]!, last: days[i]! });
    return { articles: list, vector: vector ?? EMPTY, days: range, empty: list.every((i) => empty[i]) };
  });
}

/**
 * A story of one unit that is close to a bigger story (content similarity and at least one
 * shared name) is reported as that story's off-topic article instead of a story of its own:
 * it is about the same people but another event. Unrelated singletons stay stories.
 */
function relatedSingletons(groups: number[][], units: Member[], isName: (feature: number) => boolean): { kept: number[][]; offTopic: Map<number, number[]> } {
  const big = groups.map((g, k) => ({ g, k })).filter(({ g }) => g.length > 1);
  const index = new Map<number, number[]>();
  const centroids = big.map(({ g }) => {
    const sum = new Map<number, number>();
    for (const u of g) addInto(sum, units[u].vector);
    return normalize(fromMap(sum));
  });
  // index the bigger stories by their heaviest features, as the stream does
  centroids.forEach((c, b) => {
    for (const i of heaviest(c, STORY.lookupTerms)) (index.get(c.ids[i]) ?? index.set(c.ids[i], []).get(c.ids[i])!).push(b);
  });
  const attached = new Map<number, number[]>();
  const dropped = new Set<number>();
  groups.forEach((g, k) => {
    if (g.length !== 1 || units[g[0]].empty) return;
    const v = units[g[0]].vector;
    const seen = new Set<number>();
    let best = -1;
    let bestSim = OFF_TOPIC.related;
    for (const i of heaviest(v, STORY.lookupTerms)) {
      const list = index.get(v.ids[i]) ?? [];
      for (let p = list.length - 1; p >= Math.max(0, list.length - STORY.postingsPerTerm); p--) {
        const b = list[p];
        if (seen.has(b)) continue;
        seen.add(b);
        const sim = dot(v, centroids[b]);
        if (sim > bestSim && sharesName(v, centroids[b], isName)) {
          best = b;
          bestSim = sim;
        }
      }
    }
    if (best < 0) return;
    const target = big[best].k;
    (attached.get(target) ?? attached.set(target, []).get(target)!).push(g[0]);
    dropped.add(k);
  });
  const kept: number[][] = [];
  const offTopic = new Map<number, number[]>();
  groups.forEach((g, k) => {
    if (dropped.has(k)) return;
    if (attached.has(k)) offTopic.set(kept.length, attached.get(k)!);
    kept.push(g);
  });
  return { kept, offTopic };
}

/** True when two vectors share a name or entity feature. */
function sharesName(a: SparseVector, b: SparseVector, isName: (feature: number) => boolean): boolean {
  let j = 0;
  for (let i = 0; i < a.ids.length; i++) {
    while (j < b.ids.length && b.ids[j] < a.ids[i]) j++;
    if (j < b.ids.length && b.ids[j] === a.ids[i] && isName(a.ids[i])) return true;
  }
  return false;
}

function makeStory(
  unitList: number[],
  offTopicUnits: number[],
  units: Member[],
  articles: AnalyzedArticle[],
  vectors: SparseVector[],
  days: (number | null)[],
): Story {
  const members = unitList.flatMap((u) => units[u].articles);
  const byDate = [...members].sort((a, b) => (days[a] ?? Infinity) - (days[b] ?? Infinity) || cmp(articles[a].article.id, articles[b].article.id));
  const ids = byDate.map((i) => articles[i].article.id);
  const sum = new Map<number, number>();
  for (const i of members) addInto(sum, vectors[i]);
  const centroid = fromMap(sum);
  let central = byDate[0];
  let best = -1;
  for (const i of byDate) {
    const sim = cosine(vectors[i], centroid);
    if (sim > best) {
      best = sim;
      central = i;
    }
  }
  // a copy group is one unit, so its members are all here or all elsewhere
  const copies = unitList.filter((u) => units[u].articles.length > 1).map((u) => units[u].articles.map((i) => articles[i].article.id));
  const head = articles[central].article;
  return {
    id: `s-${fnv1a([...ids].sort().join('\n')).toString(16).padStart(8, '0')}`,
    title: head.title ?? leadTitle(head.text, articles[central].sentences) ?? head.id,
    articles: byDate.map((i) => articles[i]),
    copies,
    offTopic: offTopicUnits.flatMap((u) => units[u].articles).map((i) => articles[i].article.id).sort(),
  };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Largest first, then by id, for a stable order. */
function sortStories(stories: Story[]): Story[] {
  return stories.sort((a, b) => b.articles.length - a.articles.length || cmp(a.id, b.id));
}
