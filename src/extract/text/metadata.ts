/**
 * Metadata read from the text: the outlet (from the URL, a signature, a dateline, a byline), and
 * the language. Title, date, byline and URL come from the lines the cleaner removed (clean.ts).
 */
import { agencyName, OUTLET_DOMAINS, outletFromUrl, registeredDomain } from './outlets.js';
import type { Found } from './rules.js';

/** Where the outlet name came from, most trusted first. */
export type OutletSource = 'metadata' | 'url' | 'legal-footer' | 'signature' | 'dateline' | 'byline' | 'link';

/** "WASHINGTON (Reuters) -", "DES MOINES, Iowa, Aug. 10 (UPI) —": an agency dateline opening the body. */
const DATELINE = /^[\p{Lu}][\p{Lu}\p{L} .,'-]{1,60}?\s*\((?<agency>[^)]{2,30})\)\s*[-—–:]/u;

/** Text shorter than this gives no reliable language guess (franc needs a few sentences). */
export const LANGUAGE_MIN_CHARS = 120;
/** franc is linear in its input; the first 1,000 characters (a paragraph or two) decide as well as the whole text. */
export const LANGUAGE_SAMPLE_CHARS = 1000;

/**
 * The outlet, trying in order: the exporter's metadata ("site: ..."); the article's own URL; a publisher's legal footer; an agency
 * signature ("(IANS)"); an agency dateline; a byline naming an agency ("By Reuters"); a share
 * link of a known outlet in the text ("https://p.dw.com/p/3UZbK").
 */
export function findOutlet(found: Found, text: string, links: string[]): { outlet: string; from: OutletSource } | null {
  if (found.outlet?.from === 'metadata') return { outlet: found.outlet.name, from: 'metadata' };
  if (found.url) {
    const name = outletFromUrl(found.url);
    if (name) return { outlet: name, from: 'url' };
  }
  if (found.outlet?.from === 'legal-footer') return { outlet: agencyName(found.outlet.name) ?? found.outlet.name, from: 'legal-footer' };
  if (found.outlet?.from === 'signature') return { outlet: agencyName(found.outlet.name) ?? found.outlet.name, from: 'signature' };
  const dateline = DATELINE.exec(text);
  if (dateline?.groups) {
    const agency = agencyName(dateline.groups.agency);
    if (agency) return { outlet: agency, from: 'dateline' };
  }
  if (found.outlet?.from === 'byline') return { outlet: agencyName(found.outlet.name) ?? found.outlet.name, from: 'byline' };
  for (const link of links) {
    try {
      const host = new URL(link).hostname.replace(/^www\d?\./, '');
      const domain = registeredDomain(host);
      if (OUTLET_DOMAINS[host] ?? OUTLET_DOMAINS[domain]) return { outlet: (OUTLET_DOMAINS[host] ?? OUTLET_DOMAINS[domain])!, from: 'link' };
    } catch {
      // not a URL: no outlet from it
    }
  }
  return null;
}

