/**
 * Resolves a surface string written somewhere in an article (a speaker, a holder of a
 * position) to one of the article's entities.
 */
import type { Entity } from '../../core/types.js';
import { DEMONYMS, HONORIFICS, PLACES, ROLE_NOUNS, TITLES } from './lexicon.js';
import { coreWords, fold, sameGivenName } from './names.js';

/**
 * Role nouns of descriptions and the title words they stand for: "the Russian diplomat" is the
 * one whose role says Foreign Minister, Ambassador or Secretary of State.
 */
const DESCRIPTION_ROLES: Record<string, string[]> = {
  diplomat: ['minister', 'secretary of state', 'ambassador', 'envoy', 'diplomat', 'foreign'],
  'top diplomat': ['foreign minister', 'secretary of state'],
  'foreign minister': ['foreign minister'],
  president: ['president'],
  leader: ['president', 'prime minister', 'leader', 'chancellor', 'king', 'premier'],
  'prime minister': ['prime minister', 'premier'],
  spokesman: ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary'],
  spokeswoman: ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary'],
  spokesperson: ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary'],
  minister: ['minister'],
  secretary: ['secretary'],
  senator: ['senator', 'sen.'],
  lawmaker: ['senator', 'sen.', 'rep.', 'representative', 'congressman', 'congresswoman'],
  governor: ['governor', 'gov.'],
};

/**
 * The id of the entity of `entities` that `surface` names, or null when none (or more than
 * one, equally) fits. Tried in order, most specific first:
 *
 *   1. a variant or the canonical name, possessive and leading "the" dropped ("Lavrov's" -> Lavrov)
 *   2. titles and honorifics stripped ("Mr. Lavrov", "President Trump", "Secretary of State Mike Pompeo")
 *   3. a person's surname, or given name + surname with variants ("Sergei Lavrov" for "Sergey Lavrov")
 *   4. a description: "the Russian diplomat", "the U.S. president", "the White House spokesman":
 *      a person whose roles contain the role noun (or a title it stands for) and, when the
 *      description names a country or organisation, that too
 *
 * Pronouns ("he", "she") are not resolved here: they need the text around them; the caller
 * resolves them to the most recent person it saw.
 *
 * @example
 * resolveSurface(entities, 'Mr. Lavrov')            // -> 'person:sergey lavrov'
 * resolveSurface(entities, 'the Russian diplomat')  // -> 'person:sergey lavrov'
 * resolveSurface(entities, 'the U.S.')              // -> 'place:united states'
 */
export function resolveSurface(entities: Entity[], surface: string): string | null {
  const clean = surface.trim().replace(/['’]s?$/u, '').replace(/^(?:the|a|an)\s+/i, '').trim();
  if (!clean) return null;
  const folded = fold(clean);
  // 1. a variant or the name itself
  const exact = entities.filter((e) => fold(e.name) === folded || e.variants.some((v) => fold(v) === folded));
  if (exact.length) return best(exact);
  const place = PLACES.get(clean.toLowerCase());
  if (place) {
    const p = entities.find((e) => e.name === place);
    if (p) return p.id;
  }
  // 2. titles and honorifics stripped
  const words = stripTitles(clean.split(/\s+/));
  const core = coreWords(words).map(fold);
  const persons = entities.filter((e) => e.type === 'person');
  if (core.length) {
    // 3. surname, or given name + surname
    const surname = core[core.length - 1];
    const bySurname = persons.filter((e) => {
      const w = coreWords(e.name.split(' ')).map(fold);
      if (w[w.length - 1] !== surname) return false;
      return core.length === 1 || w.length === 1 || sameGivenName(w[0], core[0]);
    });
    if (bySurname.length) return best(bySurname);
    if (words.length < clean.split(/\s+/).length && core.length) {
      // a title with an unknown name: nothing to resolve to
      if (!ROLE_NOUNS.has(core[core.length - 1])) return null;
    }
  }
  // 4. a description
  return describe(persons, clean);
}

/** Drops leading titles (longest first) and honorifics from name words. */
function stripTitles(words: string[]): string[] {
  let w = words;
  outer: for (;;) {
    for (let n = Math.min(4, w.length - 1); n >= 1; n--) {
      const phrase = w.slice(0, n).join(' ').toLowerCase();
      if (TITLES.has(phrase) || HONORIFICS.has(phrase) || phrase in DEMONYMS) {
        w = w.slice(n);
        continue outer;
      }
    }
    return w;
  }
}

/** "the Russian diplomat" -> the person whose role fits. */
function describe(persons: Entity[], description: string): string | null {
  const lower = description.toLowerCase().replace(/^(?:the|a|an)\s+/, '');
  const words = lower.split(/\s+/);
  // the head: the longest known role phrase at the end ("top diplomat", "foreign minister", "spokesman")
  let head = '';
  for (let n = Math.min(2, words.length); n >= 1 && !head; n--) {
    const phrase = words.slice(-n).join(' ');
    if (phrase in DESCRIPTION_ROLES || ROLE_NOUNS.has(phrase) || TITLES.has(phrase)) head = phrase;
  }
  if (!head) return null;
  const wanted = DESCRIPTION_ROLES[head] ?? [head];
  const qualifiers = words.slice(0, words.length - head.split(' ').length).filter((w) => w !== 'top' && w !== 'former');
  const fits = persons.filter((e) => e.roles.some((role) => {
    const r = role.toLowerCase();
    if (!wanted.some((w) => r.includes(w))) return false;
    return qualifiers.every((q) => r.includes(q) || (q in DEMONYMS && r.includes(DEMONYMS[q].toLowerCase())) || Object.entries(DEMONYMS).some(([adj, country]) => country.toLowerCase() === q && r.includes(adj)));
  }));
  return fits.length ? best(fits) : null;
}

/** The most mentioned of several candidates; null when two are equally mentioned. */
function best(candidates: Entity[]): string | null {
  if (candidates.length === 1) return candidates[0].id;
  const sorted = [...candidates].sort((a, b) => b.mentions.length - a.mentions.length);
  return sorted[0].mentions.length > sorted[1].mentions.length ? sorted[0].id : null;
}
