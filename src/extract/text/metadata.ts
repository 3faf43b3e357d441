/**
 * Metadata read from the text: the outlet (from the URL, a signature, a dateline, a byline), and
 * the language. Title, date, byline and URL come from the lines the cleaner removed (clean.ts).
 */
import { franc } from 'franc-min';
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

/** ISO 639-3 (franc) -> ISO 639-1 for the languages franc-min knows that have a two-letter code. */
const ISO6393_TO_1: Record<string, string> = {
  eng: 'en', spa: 'es', fra: 'fr', deu: 'de', por: 'pt', ita: 'it', rus: 'ru', ukr: 'uk', pol: 'pl',
  nld: 'nl', ron: 'ro', hun: 'hu', ces: 'cs', ell: 'el', swe: 'sv', bul: 'bg', srp: 'sr', hrv: 'hr',
  bos: 'bs', slk: 'sk', bel: 'be', tur: 'tr', arb: 'ar', ara: 'ar', pes: 'fa', fas: 'fa', urd: 'ur',
  hin: 'hi', ben: 'bn', pan: 'pa', guj: 'gu', mar: 'mr', tel: 'te', tam: 'ta', kan: 'kn', mal: 'ml',
  ori: 'or', npi: 'ne', nep: 'ne', sin: 'si', cmn: 'zh', zho: 'zh', jpn: 'ja', kor: 'ko', vie: 'vi',
  tha: 'th', ind: 'id', zlm: 'ms', msa: 'ms', tgl: 'tl', hau: 'ha', yor: 'yo', ibo: 'ig', amh: 'am',
  som: 'so', swh: 'sw', swa: 'sw', zul: 'zu', xho: 'xh', afr: 'af', kin: 'rw', uzn: 'uz', uzb: 'uz',
  kaz: 'kk', azj: 'az', aze: 'az', heb: 'he', mya: 'my', khm: 'km', ckb: 'ku', kmr: 'ku', pbu: 'ps',
  nya: 'ny', mlg: 'mg', aka: 'ak', ful: 'ff', fuv: 'ff', sna: 'sn', run: 'rn', ilo: 'il', cat: 'ca',
  dan: 'da', fin: 'fi', nob: 'nb', nno: 'nn', lit: 'lt', lav: 'lv', est: 'et', slv: 'sl', mkd: 'mk',
  kat: 'ka', hye: 'hy', sqi: 'sq', als: 'sq', tat: 'tt', tuk: 'tk', tgk: 'tg', kir: 'ky', mon: 'mn',
  jav: 'jv', sun: 'su', ces_: 'cs',
};

/** The language of the text as an ISO 639-1 code, or null when the text is short or the guess fails. */
export function detectLanguage(text: string): string | null {
  if (text.length < LANGUAGE_MIN_CHARS) return null;
  const code = franc(text.slice(0, LANGUAGE_SAMPLE_CHARS), { minLength: LANGUAGE_MIN_CHARS });
  return ISO6393_TO_1[code] ?? null;
}
