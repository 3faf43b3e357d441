/**
 * What a person's names say of their gender, for pronoun agreement ("she" is not "Mr. Obama")
 * and for joining a bare surname to the right person ("Mrs. Clinton" is Hillary, not Bill):
 * an honorific ("Mrs.", "Mr.") first, then the given name: the female given names of the
 * lexicon read as women, other known given names as men, and names borne by both
 * (UNISEX_GIVEN_NAMES: "Lindsay", "Kim") say nothing. Null when nothing says.
 */
import { FEMALE_GIVEN_NAMES, FEMALE_HONORIFICS, GIVEN_NAMES, MALE_HONORIFICS, UNISEX_GIVEN_NAMES } from './lexicon.js';

export type Gender = 'f' | 'm';

/** The gender a given name (lower case) says, or null for a unisex or unknown name. */
export function givenNameGender(given: string): Gender | null {
  if (UNISEX_GIVEN_NAMES.has(given)) return null;
  if (FEMALE_GIVEN_NAMES.has(given)) return 'f';
  return GIVEN_NAMES.has(given) ? 'm' : null;
}

/** The gender an honorific (lower case, "mrs." or "mr") says, or null. */
export function honorificGender(word: string): Gender | null {
  return FEMALE_HONORIFICS.has(word) ? 'f' : MALE_HONORIFICS.has(word) ? 'm' : null;
}

/** The gender a person's names say: any honorific first, then the first given name found. */
export function nameGender(names: string[]): Gender | null {
  for (const n of names) {
    const g = honorificGender(n.split(/\s+/)[0].toLowerCase());
    if (g) return g;
  }
  for (const n of names) {
    const words = n.split(/\s+/).map((w) => w.toLowerCase().replace(/[.,]$/, ''));
    // the given name is the first word that is one ("Secretary of State Mike Pompeo" -> mike)
    const given = words.find((w) => GIVEN_NAMES.has(w) || FEMALE_GIVEN_NAMES.has(w));
    if (given) return givenNameGender(given);
  }
  return null;
}
