/**
 * Word tokens of an article for entity detection: spans into the text, with the few facts the
 * detectors need (capitalised, all caps, first word of its sentence, possessive, what separates
 * it from the next word). Not a general tokenizer: punctuation is not a token, it only breaks
 * capitalised runs.
 */
import type { Sentence } from '../../core/types.js';
import { TITLE_ABBREVIATIONS } from '../sentences.js';
import { GIVEN_NAMES, KNOWN_SURNAMES, TITLES } from './lexicon.js';

/** One word of the text. */
export interface Token {
  /** first code unit */
  start: number;
  /** one past the last code unit, possessive `'s` excluded */
  end: number;
  /** the word as written, possessive `'s` excluded */
  text: string;
  /** lowercase `text` */
  lower: string;
  /** index of the sentence it is in */
  sentence: number;
  /** starts with an uppercase letter */
  cap: boolean;
  /** two or more letters, all uppercase ("NATO", "U.S.") */
  allCaps: boolean;
  /** first word of its sentence (after opening quotes, bullets, a heading mark) */
  initial: boolean;
  /** followed by `'s` / `’s` (or a bare `'` after an s) */
  possessive: boolean;
  /** only spaces (no line break, no punctuation) separate it from the next token */
  joined: boolean;
}

/**
 * Word pattern, most specific first: dotted abbreviations ("U.S.", "p.m.", "D.C."), then words
 * with internal apostrophes ("O'Brien", "Lavrov's") or ampersands ("AT&T"), hyphenated words
 * ("President-elect", "Jean-Claude").
 */
const WORD = /\p{Lu}+\/\p{Lu}+|W\.Va(?=\.)|(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’&][\p{L}\p{N}]+|-(?!(?:\p{L}\.){2})[\p{L}\p{N}]+)*/gu;

/** Abbreviations that keep their period as part of the word (titles, initials, suffixes). */
const KEEPS_PERIOD = /^(?:mr|mrs|ms|dr|prof|rev|sen|sens|rep|reps|gov|gen|lt|col|maj|capt|cmdr|adm|sgt|st|jr|sr|inc|corp|co|ltd|mt|ft|fr|hon|pres|gov|atty|amb|brig|cpl|pvt|supt|det|no|vs|\p{Lu}|ala|ariz|ark|calif|colo|conn|fla|ga|ill|ind|kan|ky|la|md|mass|mich|minn|mo|mont|neb|nev|okla|ore|pa|tenn|tex|vt|va|wash|wis|wyo|w\.va)$/iu;
/**
 * Also any title the sentence splitter reads as no sentence end and the title table knows
 * ("Const. Tim Fanning"): one run, as one sentence.
 */
const keepsPeriod = (word: string) => KEEPS_PERIOD.test(word) || (TITLE_ABBREVIATIONS.has(word.toLowerCase()) && TITLES.has(word.toLowerCase()));

/** Hyphenated prefixes that are not part of a name: "then-President", "pro-Russian", "ex-CIA", party labels "(R-Mo.)". */
const LOWER_PREFIX = /^(?:[DRI](?=-\p{Lu}\p{Ll}*$)|then|ex|pro|anti|non|neo|post|pre|mid|self|once|would-be|soon-to-be|former|all|pan|sub|co)-(?=\p{Lu})/u;

export function tokenize(text: string, sentences: Sentence[]): Token[] {
  const tokens: Token[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const { start: from, end: to } = sentences[s];
    const body = text.slice(from, to);
    WORD.lastIndex = 0;
    let m: RegExpExecArray | null;
    let first = true;
    while ((m = WORD.exec(body))) {
      let start = from + m.index;
      let word = m[0];
      // glued link text ("PompeoMichael (Mike) Richard PompeoTrump's"): split at a lowercase-
      // uppercase seam when one side is a known name; "McCabe", "YouTube" and "BlackRock" stay whole
      const seam = gluedSeam(word);
      if (seam > 0) {
        word = word.slice(0, seam);
        WORD.lastIndex = m.index + seam;
      }
      // the checks below avoid Unicode regular expressions per word: this loop is the hot path
      const prefix = word.includes('-') ? LOWER_PREFIX.exec(word) : null;
      if (prefix) {
        start += prefix[0].length;
        word = word.slice(prefix[0].length);
      }
      // Arabic name particles glued to the name are part of it: "Bashar al-Assad", "Abu Bakr al-Baghdadi"
      // "Brussels-based", "Republican-led": a place or party made an adjective, not part of a name
      const modifier = word.includes('-') && MODIFIER_SUFFIX.test(word);
      const cap = !modifier && (isUpper(word[0]) || /^(?:al|el|ad|as|ash|an|ar|bin|ibn|abu|abd)-/.test(word) && isUpper(word[word.indexOf('-') + 1]));
      let possessive = false;
      const n = word.length;
      if (n > 2 && cap && (word[n - 1] === 's' || word[n - 1] === 'S') && (word[n - 2] === "'" || word[n - 2] === '’')) {
        possessive = true;
        word = word.slice(0, -2);
      }
      let end = start + word.length;
      if (!possessive && text[end] === '.' && keepsPeriod(word)) {
        word += '.';
        end++;
      } else if (!possessive && cap && word[word.length - 1] === 's' && (text[end] === "'" || text[end] === '’') && !isLetter(text[end + 1])) {
        possessive = true; // "the United States' position"
      }
      const lower = word.toLowerCase();
      const upper = word.toUpperCase();
      const token: Token = {
        start,
        end,
        text: word,
        lower,
        sentence: s,
        cap,
        allCaps: cap && word.length >= 2 && word === upper && lower !== upper && countLetters(word) >= 2,
        initial: first && !prefix,
        possessive,
        joined: false,
      };
      if (tokens.length && tokens[tokens.length - 1].sentence === s) {
        const prev = tokens[tokens.length - 1];
        const gapStart = prev.end + (prev.possessive ? 2 : 0);
        let spaces = gapStart < start && !prev.possessive;
        for (let i = gapStart; i < start; i++) {
          const c = text[i];
          if (c !== ' ' && c !== '\t' && c !== '\u00a0') spaces = false;
          // words after a colon or a dash are clause-initial too ("SPOTTED: Russian ...")
          if (c === ':' || c === ';' || c === '—') token.initial = true;
        }
        prev.joined = spaces;
      }
      tokens.push(token);
      first = false;
    }
  }
  return tokens;
}

/** Hyphenated endings that make a capitalised word an adjective: "Brussels-based", "Saudi-led", "Kremlin-backed". */
const MODIFIER_SUFFIX = /-(?:based|led|backed|funded|owned|run|born|linked|allied|aligned|controlled|style|era|area|wide)$/i;

/** Where a token glues two names together, or -1. */
function gluedSeam(word: string): number {
  if (!GLUE.test(word)) return -1;
  for (let i = 4; i < word.length - 2; i++) {
    if (!isUpper(word[i]) || isUpper(word[i - 1]) || !/[a-z]/.test(word[i - 1])) continue;
    const left = word.slice(0, i).toLowerCase();
    const right = /^[\p{L}]+/u.exec(word.slice(i))?.[0].toLowerCase() ?? '';
    if (KNOWN_SURNAMES.has(left) || GIVEN_NAMES.has(right) || KNOWN_SURNAMES.has(right)) return i;
  }
  return -1;
}

/** A lowercase letter followed by an uppercase one after four letters: a possible seam. */
const GLUE = /^[\p{L}]{3,}\p{Ll}\p{Lu}/u;

/** An uppercase letter (any script); ASCII answered without case conversion. */
function isUpper(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** A letter (any script with case, or a letter of a caseless script). */
function isLetter(c: string | undefined): boolean {
  return c !== undefined && (c.toLowerCase() !== c.toUpperCase() || /\p{L}/u.test(c));
}

function countLetters(word: string): number {
  let n = 0;
  for (const c of word) if (c.toLowerCase() !== c.toUpperCase()) n++;
  return n;
}
