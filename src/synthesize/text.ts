/**
 * Words of a sentence for comparison: lower-cased tokens, Porter stems of content words,
 * numbers normalised. Pure string functions shared by the parts of synthesis.
 */
import { stemmer } from 'stemmer';
import { STOPWORDS, SYNONYMS } from './heuristics.js';

/** Tokens already computed: every part of synthesis reads the same sentences again. */
const TOKENS = new Map<string, string[]>();
const TOKEN_CACHE_SIZE = 50_000;

/**
 * Word tokens, lower-cased, apostrophes kept inside words ("haven't", "russia's" -> "russia").
 * The array returned is shared: do not change it.
 */
export function words(text: string): string[] {
  let out = TOKENS.get(text);
  if (!out) {
    out = tokenize(text);
    if (TOKENS.size >= TOKEN_CACHE_SIZE) TOKENS.clear();
    TOKENS.set(text, out);
  }
  return out;
}

function tokenize(text: string): string[] {
  const out: string[] = [];
  // "5%" is read as "5 percent", as most outlets write it
  for (const m of text.toLowerCase().replace(/[’‘]/g, "'").replace(/(\d)\s*%/g, '$1 percent').matchAll(/[\p{L}\p{N}]+(?:(?:['.-]|(?<=\d),(?=\d{3}))[\p{L}\p{N}]+)*/gu)) {
    let w = m[0];
    if (w.endsWith("'s")) w = w.slice(0, -2);
    out.push(w);
  }
  return out;
}

const CANONICAL = new Map<string, string>();
for (const group of SYNONYMS) for (const s of group) CANONICAL.set(s, group[0]);

/** Stems already computed: a story repeats its words, and stemming dominated synthesis time. */
const STEMS = new Map<string, string>();
const STEM_CACHE_SIZE = 200_000;

/** Porter stem of one lower-cased word, with near-synonyms mapped to one stem. */
export function stemWord(word: string): string {
  let stem = STEMS.get(word);
  if (stem === undefined) {
    const s = stemmer(word);
    stem = CANONICAL.get(s) ?? s;
    if (STEMS.size >= STEM_CACHE_SIZE) STEMS.clear();
    STEMS.set(word, stem);
  }
  return stem;
}

/** Stems of the content words (no stop words, no bare punctuation, no numbers) of a text. */
export function contentStems(text: string): string[] {
  return words(text)
    .filter((w) => !STOPWORDS.has(w) && !/^\d/.test(w) && w.length > 1)
    .map((w) => stemWord(w.replace(/[.'-]/g, '')));
}

/** The number of words in a text, as a reader counts them. */
export function wordCount(text: string): number {
  const m = text.trim().match(/\S+/g);
  return m ? m.length : 0;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, dozen: 12,
};

/** A quantity in a sentence: its value and the word it counts ("84 years" -> 84, "year"). */
export interface Quantity {
  /** the value */
  value: number;
  /** stem of the noun that follows, or '' when none */
  unit: string;
  /** true for a four-digit number that reads as a year (a date, not a quantity) */
  year: boolean;
  /** how the number is hedged: a floor ("at least 150"), a ceiling ("up to 50"), a round figure ("about 2,700") */
  hedge: 'floor' | 'ceiling' | 'about' | null;
  /**
   * stems of the content words next to the number (`QUANTITY_CONTEXT` words on each side, the
   * unit left out): what the number is about ("killed 120 people in the quake")
   */
  context: string[];
  /** a sum over parts ("a total of 14 rifles", "14 in all"), not comparable with one part's count */
  total: boolean;
  /**
   * time so far of something still going on: "after eight days of riots", "four weeks into the
   * strike" (a developing story's count grows between accounts)
   */
  elapsed: boolean;
  /**
   * the share's part when this count is the whole of a share ("28 of his 68 punches": 28 for the
   * 68), else null: two shares with other parts and other wholes are tallies of two scopes
   */
  partOf: number | null;
}

/** Stems of time units that measure an ongoing event when "of" or "into" follows ("eight days of riots"). */
const TIME_UNITS = new Set(['dai', 'week', 'month', 'hour', 'minut', 'year']);

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Currency signs and prefixes written as words after the amount: "$40 billion" -> "40 billion dollars". */
const MONEY: [RegExp, string][] = [
  [/(?:US|U\.S\.|C|A|NZ|HK)?\$\s?/g, 'dollars'],
  [/€\s?|\beuro(?=\d)/gi, 'euros'],
  [/£\s?/g, 'pounds'],
];
const AMOUNT = String.raw`(\d[\d,.]*(?:-\d[\d,.]*)?)(?:(bn|mm|m|k)\b)?(\s+(?:million|billion|trillion|thousand))?`;
/** Multiplier suffixes of amounts ("$5bn", "$200MM" as sports and finance pages write millions, "$40k"). */
const SUFFIX: Record<string, string> = { bn: ' billion', mm: ' million', m: ' million', k: ' thousand' };

/** The text with each currency sign moved after its amount, so that the amount's unit is the currency. */
function moneyAsWords(text: string): string {
  let out = text;
  for (const [sign, word] of MONEY) {
    if (!sign.test(out)) continue;
    sign.lastIndex = 0;
    out = out.replace(new RegExp(`(?:${sign.source})${AMOUNT}`, sign.flags.includes('i') ? sign.flags : `${sign.flags}i`), (_, n: string, suffix = '', multiplier = '') => `${n}${SUFFIX[suffix.toLowerCase()] ?? ''}${multiplier} ${word}`);
  }
  return out;
}

/** Words on each side of a number that say what it counts. */
const QUANTITY_CONTEXT = 4;
/** Words next to a number that make it a sum over parts. */
/** Words anywhere before a number that make it a running count ("So far, the navy has seized 14 rifles"). */
const RUNNING_COUNT = /\b(?:so far|to date|thus far|in total|a total of|altogether)\b/;
const TOTAL_BEFORE = /(?:^|\s)(?:a total of|total of|in total|in all|combined|overall|altogether|cumulative|cumulatively|total)$/;
const TOTAL_AFTER = /^(?:in total|in all|altogether|combined|overall|total)\b/;

/** Words after a number that make it a time of day. */
const CLOCK_WORDS = new Set(['a.m', 'p.m', 'am', 'pm', 'gmt', 'utc', 'et', 'edt', 'est', 'pst', 'pdt', 'bst', 'cet', 'local', "o'clock"]);

/** A measure's word joined to its value by a hyphen: "magnitude-5.4", "category-4", "level-3.5". */
const MEASURE_JOINED = /^(?:(?:magnitude|category|level|grade|force|stage)-\d+(?:\.\d+)?|[a-z]+-\d+\.\d+)$/;

/** Words before a number that make it a bound or an approximation, longest first. */
const HEDGES: [RegExp, Quantity['hedge']][] = [
  [/(more than|at least|over|upwards of|no fewer than|no less than)$/, 'floor'],
  [/(fewer than|less than|up to|at most|under|no more than)$/, 'ceiling'],
  [/(about|around|roughly|some|nearly|almost|approximately|close to|an estimated|estimated)$/, 'about'],
];

/**
 * The quantities of a text. Years (1900-2099 standing alone) are flagged: they name which event
 * ("the 2016 election") rather than how much, so they must not be compared as quantities.
 */
export function quantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  const tokens = words(moneyAsWords(text));
  // the first token after a running-count marker ("So far, ..."): every number from there on is a sum
  const joined = tokens.join(' ');
  const running = RUNNING_COUNT.exec(joined);
  const runningFrom = running ? joined.slice(0, running.index + running[0].length).split(' ').length : Infinity;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let value: number | null = null;
    // "April 27": a day of a month is a date, not a count
    if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(t) && MONTHS.has(tokens[i - 1] ?? '')) continue;
    // "euro30 billion": a multiplier after an amount the tokenizer could not read is no amount
    if (t in NUMBER_WORDS && NUMBER_WORDS[t] >= 100 && /\d/.test(tokens[i - 1] ?? '')) continue;
    // Digits next to digits are a code, a time or a phone number ("0845 125 2222", "3:30"), and
    // "140-150" is a range: none is one quantity to compare.
    const numeric = (w: string | undefined) => !!w && /^\d[\d,.]*$/.test(w);
    if (numeric(t) && (numeric(tokens[i - 1]) || numeric(tokens[i + 1]))) continue;
    if (/^\d+-\d/.test(t)) {
      while (tokens[i + 1] in NUMBER_WORDS && NUMBER_WORDS[tokens[i + 1]] >= 100) i++; // "140-150 million"
      continue;
    }
    if (/^\d[\d,]*(\.\d+)?$/.test(t)) value = Number(t.replace(/,/g, ''));
    else if (/^\d+(?:\.\d+)?(?:-\w+)+$/.test(t)) value = Number(t.split('-')[0]); // "22-month", "6.1-magnitude"
    // "magnitude-5.4", "category-4": a measure joined to its value (not a name such as "COVID-19" or "F-16")
    else if (MEASURE_JOINED.test(t)) value = Number(t.slice(t.lastIndexOf('-') + 1));
    else if (t in NUMBER_WORDS) value = NUMBER_WORDS[t];
    else if (/^[a-z]+-[a-z-]+$/.test(t) && t.split('-')[0] in NUMBER_WORDS && !STOPWORDS.has(t.split('-')[1])) value = NUMBER_WORDS[t.split('-')[0]]; // "seven-year"
    if (value === null || Number.isNaN(value)) continue;
    let unit = '';
    // where the unit's word stands (the number itself for a compound, "seven-year")
    let unitAt = i;
    let next = i + 1;
    const dashed = /^\d|^[a-z]+-[a-z]/.test(t) ? t.match(/^[\w.]+?-(\w+(?:-\w+)*)/) : null;
    if (dashed) {
      // "a three-game losing streak", "a seven-year deal": the compound describes the noun after
      // it, which is what is counted; "six games" and "a three-game streak" count two things
      const head = tokens[i + 1] && !STOPWORDS.has(tokens[i + 1]) && !/\d/.test(tokens[i + 1]) ? `-${stemWord(tokens[i + 1])}` : '';
      unit = dashed[1] === 'year-old' ? 'year-old' : `${stemWord(dashed[1].split('-')[0])}${head}`;
    }
    else {
      // "2 million dollars", "three hundred people": the multipliers are part of the number.
      while (next < tokens.length && tokens[next] in NUMBER_WORDS && NUMBER_WORDS[tokens[next]] >= 100) value *= NUMBER_WORDS[tokens[next++]];
      let j = next;
      while (j < tokens.length && /^(per|of|the|more|than)$/.test(tokens[j])) j++;
      unitAt = j;
      if (j < tokens.length && tokens[j] !== 'percent') unit = STOPWORDS.has(tokens[j]) || /\d/.test(tokens[j]) ? '' : stemWord(tokens[j]);
      // "one rocket propelled grenade launcher": the word after the number modifies a noun further
      // on (a participle follows it); what is counted is not known, so nothing is compared by it
      if (unit && /^\p{Ll}{3,}ed$/u.test(tokens[j + 1] ?? '') && tokens[j + 2] && !STOPWORDS.has(tokens[j + 2])) unit = '';
      else if (tokens[j] === 'percent') unit = 'percent';
      // "a 47 - year - old man" as some corpora space it: an age, not a count of years
      if (tokens[j] === 'year' && tokens[j + 1] === 'old') {
        unit = 'year-old';
        next = j + 2;
      }
      // "at 6 p.m.", "1100 GMT": a time of day, not an amount
      if (CLOCK_WORDS.has(tokens[j])) continue;
    }
    const year = /^(19|20)\d\d$/.test(t);
    const before = tokens.slice(Math.max(0, i - 3), i).join(' ');
    const hedge = HEDGES.find(([re]) => re.test(before))?.[1] ?? null;
    const near = [...tokens.slice(Math.max(0, i - QUANTITY_CONTEXT), i), ...tokens.slice(next, next + QUANTITY_CONTEXT + 1)];
    // ("magnitude-5.4": the word joined before the number is context too)
    const prefix = MEASURE_JOINED.test(t) ? [t.slice(0, t.indexOf('-'))] : [];
    const context = [...prefix, ...near].filter((w) => !STOPWORDS.has(w) && !(w in NUMBER_WORDS) && !/^\d/.test(w)).map(stemWord).filter((w) => w && w !== unit);
    // "a total of 14 rifles, 31 magazines and 923 rounds": the sum runs through the list
    const total = out.some((q) => q.total) || TOTAL_BEFORE.test(before) || i >= runningFrom || TOTAL_AFTER.test(tokens.slice(next + (unit ? 1 : 0), next + 3).join(' '));
    const elapsed = TIME_UNITS.has(unit) && /^(?:of|into)$/.test(tokens[unitAt + 1] ?? '');
    // "28 of his 68 punches", "178 of 369": the count after "of" is the whole of a share
    let k = i - 1;
    while (k >= 0 && /^(?:his|her|their|its|the|our|my|your)$/.test(tokens[k])) k--;
    const last = out[out.length - 1];
    const isPart = tokens[k] === 'of' && !!last && /^\d[\d,]*$/.test(tokens[k - 1] ?? '') && Number(tokens[k - 1].replace(/,/g, '')) === last.value;
    out.push({ value, unit, year, hedge, context, total, elapsed, partOf: isPart ? last.value : null });
    i = next - 1;
  }
  return out;
}

/** Share by which two round figures may differ and still agree ("some 2,700" and "2,702"). */
const ROUND_FIGURE = 0.1;

/**
 * Whether two counts of the same thing can both be true: equal, both floors ("more than 180",
 * "at least 150") or both ceilings, a floor below an exact figure, or round figures close enough.
 */
export function compatible(x: Quantity, y: Quantity): boolean {
  if (x.value === y.value) return true;
  const [lo, hi] = x.value < y.value ? [x, y] : [y, x];
  // "at least 70" and "about 100" can both be true, as can "at least 150" and "180"
  if (lo.hedge === 'floor' || hi.hedge === 'ceiling') return true;
  if (x.hedge === 'about' || y.hedge === 'about') return Math.abs(x.value - y.value) <= ROUND_FIGURE * Math.max(x.value, y.value);
  return !!x.hedge && x.hedge === y.hedge;
}
