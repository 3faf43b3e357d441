/**
 * Is the extracted text an article? A home page, a section front or a login wall gives either
 * no prose at all or a handful of short link captions; those are `not-an-article` or
 * `too-short` values, never an empty article.
 */
import type { Reason } from '../../core/messages.js';
import { countWords } from './text.js';

/** Fewer words than this is too short to be a news article (a brief is ~50 words). */
export const MIN_ARTICLE_WORDS = 25;

/** Main text with more of its words in links than this is a list of links, not an article. */
const MAX_LINK_DENSITY = 0.6;

/** A paragraph of prose: this many words and a sentence end. */
const PROSE_PARAGRAPH_WORDS = 12;

/** A page asking for a password with fewer words than this, that talk of logging in, is a login wall. */
const LOGIN_WALL_MAX_WORDS = 150;

/** What a login wall says (a sidebar login box on an article page does not make the text say it). */
const LOGIN_WORDS = /\b(log ?in|sign ?in|subscribe|subscribers?|members?|register|password|account|anmelden|connexion|iniciar sesi[oó]n|entrar)\b/i;

/** What the page itself says about its kind (from metadata). */
export interface PageHints {
  /** `og:type` or the JSON-LD `@type` says article */
  declaredArticle?: boolean;
  /** `og:type` says website and the URL is a site's root or a section */
  declaredFront?: boolean;
  /** the page asks for a password */
  passwordField?: boolean;
}

export type Verdict = { ok: true } | { ok: false; rule: Reason; detail: string };

/** Judges extracted text with the page's hints. */
export function judgeArticle(text: string, hints: PageHints | null, linkDensity = 0): Verdict {
  const words = countWords(text);
  if (words === 0) return { ok: false, rule: 'not-an-article', detail: 'no main text was found' };
  if (linkDensity > MAX_LINK_DENSITY) {
    return { ok: false, rule: 'not-an-article', detail: `${Math.round(linkDensity * 100)}% of the main block's words are links (a home page, section front or list)` };
  }
  const prose = text.split('\n\n').filter((p) => countWords(p) >= PROSE_PARAGRAPH_WORDS && /[.!?…。"”»']\s*$/.test(p)).length;
  if (hints?.passwordField && words < LOGIN_WALL_MAX_WORDS && LOGIN_WORDS.test(text)) {
    return { ok: false, rule: 'not-an-article', detail: `a login form with ${words} words of text (a login wall)` };
  }
  if (hints?.declaredFront && !hints.declaredArticle && prose < 3) {
    return { ok: false, rule: 'not-an-article', detail: `a home or section page (${prose} paragraphs of prose)` };
  }
  if (words < MIN_ARTICLE_WORDS) return { ok: false, rule: 'too-short', detail: `${words} words; at least ${MIN_ARTICLE_WORDS} expected` };
  return { ok: true };
}
