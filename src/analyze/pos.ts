/**
 * Part-of-speech tags of an article, from wink-nlp's English model (wink-eng-lite-web-model:
 * Universal Dependencies tags and lemmas, about 1.7 ms for an average news article). Shared by
 * analyzers that need the shape of a clause (subject, verb, complement) rather than word lists.
 *
 * Tokens carry offsets into the text, like every span of the analysis: wink-nlp gives each
 * token's value and the spaces before it, and the offsets are found by walking the text.
 * The model is loaded on first use, so commands that never tag pay nothing.
 */
import { createRequire } from 'node:module';
import type { Span } from '../core/types.js';

/** Universal Dependencies part-of-speech tags, as wink-nlp writes them. */
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ'
  | 'SYM' | 'VERB' | 'X' | 'SPACE';

/** A tagged word or punctuation mark of the text. */
export interface TaggedToken extends Span {
  /** the token as written (`text.slice(start, end)`) */
  text: string;
  /** part of speech */
  pos: Pos;
  /** lower-case lemma ("said" -> "say", "remarks" -> "remark") */
  lemma: string;
}

/**
 * Longest text tagged. The tagger is linear, but a text this long has lost its structure
 * (1 MB without paragraphs) and the clause readers built on the tags would read nothing useful.
 */
export const MAX_TAGGED_CHARS = 200_000;

interface WinkDoc {
  tokens(): { out(f: unknown): string[] };
}
interface Wink {
  readDoc(text: string): WinkDoc;
  its: { value: unknown; pos: unknown; lemma: unknown };
}

let wink: Wink | null = null;
function tagger(): Wink {
  if (!wink) {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as (model: unknown, pipe: string[]) => Wink;
    wink = winkNLP(require('wink-eng-lite-web-model'), ['pos']);
  }
  return wink;
}

/**
 * Tags a text. Returns no tokens for a text longer than `MAX_TAGGED_CHARS`; a token whose value
 * cannot be found where expected in the text (the tagger normalised it) is left out.
 */
export function tagText(text: string): TaggedToken[] {
  if (!text || text.length > MAX_TAGGED_CHARS) return [];
  const nlp = tagger();
  const tokens = nlp.readDoc(text).tokens();
  const values = tokens.out(nlp.its.value);
  const tags = tokens.out(nlp.its.pos) as Pos[];
  const lemmas = tokens.out(nlp.its.lemma);
  const out: TaggedToken[] = [];
  let at = 0;
  for (let k = 0; k < values.length; k++) {
    const value = values[k];
    if (tags[k] === 'SPACE' || !value) continue;
    // a token is never far from the previous one: spaces, or a token left out, lie between
    const start = text.startsWith(value, at) ? at : text.indexOf(value, at);
    if (start < 0 || start - at > 64) continue;
    out.push({ start, end: start + value.length, text: value, pos: tags[k], lemma: (lemmas[k] ?? value).toLowerCase() });
    at = start + value.length;
  }
  return out;
}
