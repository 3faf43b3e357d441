/**
 * Word tokens of an article for entity detection: spans into the text, with the few facts the
 * detectors need (capitalised, all caps, first word of its sentence, possessive, what separates
 * it from the next word). Not a general tokenizer: punctuation is not a token, it only breaks
 * capitalised runs.
 */
import type { Sentence } from '../../core/types.js';

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
const WORD = /\p{Lu}+\/\p{Lu}+|(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’&][\p{L}\p{N}]+|-(?!(?:\p{L}\.){2})[\p{L}\p{N}]+)*/gu;

/** Abbreviations that keep their period as part of the word (titles, initials, suffixes). */
const KEEPS_PERIOD = /^(?:mr|mrs|ms|dr|prof|rev|sen|sens|rep|reps|gov|gen|lt|col|maj|capt|cmdr|adm|sgt|st|jr|sr|inc|corp|co|ltd|mt|ft|fr|hon|pres|gov|atty|amb|brig|cpl|pvt|supt|det|no|vs|\p{Lu})$/iu;

/** Hyphenated prefixes that are not part of a name: "then-President", "pro-Russian", "ex-CIA". */
const LOWER_PREFIX = /^(?:then|ex|pro|anti|non|neo|post|pre|mid|self|once|would-be|soon-to-be|former|all|pan|sub|co)-(?=\p{Lu})/u;

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
      const prefix = LOWER_PREFIX.exec(word);
      if (prefix) {
        start += prefix[0].length;
        word = word.slice(prefix[0].length);
      }
      let possessive = false;
      const poss = /['’]s$/i.exec(word);
      if (poss && word.length > 2 && /^\p{Lu}/u.test(word)) {
        possessive = true;
        word = word.slice(0, -2);
      }
      let end = start + word.length;
      if (!possessive && text[end] === '.' && KEEPS_PERIOD.test(word)) {
        word += '.';
        end++;
      } else if (!possessive && /s$/.test(word) && /^['’](?![\p{L}])/u.test(text.slice(end, end + 2)) && /^\p{Lu}/u.test(word)) {
        possessive = true; // "the United States' position"
      }
      const letters = word.replace(/[^\p{L}]/gu, '');
      const token: Token = {
        start,
        end,
        text: word,
        lower: word.toLowerCase(),
        sentence: s,
        cap: /^\p{Lu}/u.test(word),
        allCaps: letters.length >= 2 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters),
        initial: first && !prefix,
        possessive,
        joined: false,
      };
      // words after a colon or a dash that opens the line are sentence-initial too ("SPOTTED: Russian ...")
      if (tokens.length && tokens[tokens.length - 1].sentence === s) {
        const prev = tokens[tokens.length - 1];
        const gap = text.slice(prev.end + (prev.possessive ? 2 : 0), start);
        prev.joined = !prev.possessive && /^[ \t\u00a0]+$/.test(gap);
        if (/[:;—]/.test(gap)) token.initial = true;
      }
      tokens.push(token);
      first = false;
    }
  }
  return tokens;
}
