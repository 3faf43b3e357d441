/**
 * Byline cleaner: people only. Drops "By", roles ("Senior Reporter"), reading times
 * ("3 Minute Read"), dates, "Email the author", handles and organisations; joins the names that
 * remain with ", ".
 *
 * @example cleanByline('By Jane Doe, Senior Reporter | 3 Minute Read') // 'Jane Doe'
 * @example cleanByline('BY JOHN SMITH AND ANA LÓPEZ') // 'John Smith, Ana López'
 */

/** Leading words that introduce a byline, in the languages of the news we read. */
const BY_PREFIX = /^\s*(written by|posted by|reported by|story by|words by|by|von|par|por|di|door|av|af|przez|от)\b[:\s]*/i;

/** Pieces that are not names: reading times, dates, calls to action, updates. */
const NOT_NAME_PIECES: RegExp[] = [
  /\b\d+\s*(-\s*)?(min(ute)?s?|hours?)\s*(read|ago)\b/gi,
  /\b(email|e-mail|contact|follow|message) (the )?(author|me|us|reporter)s?\b.*$/gi,
  /\b(updated|published|posted|last modified)\b.*$/gi,
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}\b.*$/gi,
  /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b.*$/g,
  /\b\d{4}-\d{2}-\d{2}\b.*$/g,
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\b.*$/gi,
  /@\w+/g,
  /https?:\/\/\S+/g,
  /\S+@\S+\.\w+/g,
];

/**
 * Roles and desks that follow or precede a name. A piece made only of these words (and
 * connectives) is dropped; a name followed by one (", Senior Reporter") loses it.
 */
const ROLE_WORDS = new Set([
  'senior', 'junior', 'chief', 'staff', 'contributing', 'special', 'foreign', 'political', 'national',
  'international', 'investigative', 'deputy', 'managing', 'executive', 'associate', 'assistant', 'digital',
  'reporter', 'reporters', 'writer', 'writers', 'editor', 'editors', 'correspondent', 'correspondents',
  'columnist', 'contributor', 'producer', 'analyst', 'journalist', 'photographer', 'critic', 'intern',
  'news', 'desk', 'team', 'staff', 'bureau', 'service', 'services', 'wire', 'agency', 'and', 'of', 'the',
  'for', 'at', 'in', 'on', 'politics', 'business', 'tech', 'technology', 'science', 'health', 'sports',
  'culture', 'opinion', 'entertainment', 'world', 'us', 'u.s.', 'white', 'house', 'washington',
  'author', 'authors', 'guest', 'read', 'more', 'about', 'view', 'all', 'posts', 'articles', 'profile',
  'editorial', 'sport', 'newsroom', 'admin', 'administrator', 'webmaster', 'redaktion', 'rédaction', 'redacción',
]);

/** Organisations that appear as authors; they are not people. */
const ORGANISATION = /\b(news|press|associated|reuters|agence|afp|staff|media|times|post|journal|daily|herald|tribune|magazine|network|international|agency|inc|ltd|llc|group|desk|wire|sport|editorial|newsroom|bbc|cnn|ap)\b/i;

/** Splits a byline into candidate names. */
const SEPARATORS = /\s*(?:,|;|\||&|\band\b|\bund\b|\bet\b|\by\b|\be\b|·|•|\/|\n|(?<=\p{L}{2})\.\s+(?=\p{Lu}))\s*/iu;

/** Title-cases a name written in capitals ("JOHN SMITH" -> "John Smith"); keeps mixed case. */
function fixCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** True when a piece reads like a person's name: 2-5 words, mostly capitalised, no digits. */
export function looksLikeName(piece: string): boolean {
  if (/\d/.test(piece)) return false;
  const words = piece.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 5) return false;
  if (words.every((w) => ROLE_WORDS.has(w.toLowerCase()))) return false;
  if (ORGANISATION.test(piece)) return false;
  const capitalised = words.filter((w) => /^[\p{Lu}]/u.test(w) || /^(de|da|van|von|der|den|la|le|di|del|bin|al|ibn|du|dos|das)$/i.test(w)).length;
  return capitalised >= words.length - 1 && /^[\p{Lu}]/u.test(words[0]);
}

/** Removes trailing role words from a name ("Jane Doe Senior Reporter" -> "Jane Doe"). */
function stripRoles(piece: string): string {
  const words = piece.split(/\s+/).filter(Boolean);
  while (words.length > 2 && ROLE_WORDS.has(words[words.length - 1].toLowerCase())) words.pop();
  while (words.length > 2 && ROLE_WORDS.has(words[0].toLowerCase())) words.shift();
  return words.join(' ');
}

/**
 * The names of a byline joined with ", ", or null when no person's name is left. A piece that
 * is the outlet's own name ("Business Insider" for "Business Insider Deutschland") is dropped.
 */
export function cleanByline(raw: string | null | undefined, outlet: string | null = null): string | null {
  if (!raw) return null;
  let text = raw.replace(/\s+/g, ' ').trim();
  for (const re of NOT_NAME_PIECES) text = text.replace(re, ' ');
  const names: string[] = [];
  for (let piece of text.split(SEPARATORS)) {
    piece = piece.replace(BY_PREFIX, '').replace(/^[\s:–—-]+|[\s:–—.-]+$/g, '').trim();
    if (!piece) continue;
    piece = fixCase(stripRoles(piece));
    if (outlet && namesOutlet(piece, outlet)) continue;
    if (looksLikeName(piece) && !names.includes(piece)) names.push(piece);
  }
  return names.length ? names.join(', ') : null;
}

/** True when a byline piece is the outlet's name or a part of it ("Tom Hill" is not "The Hill"). */
function namesOutlet(piece: string, outlet: string): boolean {
  const norm = (x: string) => x.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const p = norm(piece);
  return p.length > 2 && norm(outlet).includes(p);
}
