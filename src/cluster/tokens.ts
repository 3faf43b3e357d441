/**
 * Our own tokenizer for clustering: words, their light stems, and capitalised names as a fallback
 * for named entities (analysis may not have found any yet).
 */
import { STOPWORDS } from './stopwords.js';
import { FEATURES } from './heuristics.js';

/** A word of the text as clustering sees it. */
export interface Token {
  /** lower-cased stem (`earthquakes` -> `earthquake`) */
  stem: string;
  /** true when written with a capital inside a sentence: likely part of a name */
  capitalised: boolean;
  /** true when the word starts a sentence (its capital says nothing) */
  sentenceStart: boolean;
}

// Letters and digits, with inner apostrophes, dots (U.S.) and hyphens kept inside the word.
const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

/**
 * Strips plural and possessive endings only: stronger stemming (Porter) merges words that tell
 * events apart (`election`/`elect`), while plurals are just noise between outlets.
 * @example stem('earthquakes') === 'earthquake'; stem('policies') === 'policy'; stem('bus') === 'bus'
 */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '').replace(/['’.]/g, '');
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && /(ches|shes|sses|xes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is|os)$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Splits text into tokens; sentence starts are guessed from the preceding punctuation. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  let m: RegExpExecArray | null;
  WORD.lastIndex = 0;
  while ((m = WORD.exec(text))) {
    const gap = text.slice(last, m.index);
    const sentenceStart = tokens.length === 0 || /[.!?:;"“”\n]\s*$/.test(gap) || /\n/.test(gap);
    last = m.index + m[0].length;
    const word = m[0];
    const first = word.charAt(0);
    const capitalised = first !== first.toLowerCase() && !sentenceStart;
    tokens.push({ stem: stem(word), capitalised, sentenceStart });
  }
  return tokens;
}

/** True for a word that may carry meaning: not a stop word, not a lone digit, not a single letter. */
export function isContentWord(s: string): boolean {
  if (s.length < 2 || STOPWORDS.has(s)) return false;
  // Counts, scores and years are event-specific (23 pirates vs 26); single digits are noise.
  if (/^\d+$/.test(s)) return s.length >= FEATURES.numberDigits;
  return true;
}

/**
 * Capitalised names: runs of capitalised words inside sentences (`Sergei Lavrov`, `White House`),
 * lower-cased and joined by a space. A run is cut at a stop word, so `Trump and Lavrov` gives two.
 * @example names(tokenize('He met Sergei Lavrov at the White House.')) -> ['sergei lavrov', 'white house']
 */
export function capitalisedNames(tokens: Token[]): string[] {
  const names: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length) names.push(run.join(' '));
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.sentenceStart) flush();
    // A sentence-initial capital starts a run only when the next word is capitalised too ("Sergei Lavrov said").
    const startsName = t.sentenceStart && i + 1 < tokens.length && tokens[i + 1].capitalised;
    if ((t.capitalised || startsName) && !STOPWORDS.has(t.stem) && !/^\d/.test(t.stem)) run.push(t.stem);
    else flush();
  }
  flush();
  return names;
}
