/**
 * The language of a text when the page does not declare one: franc-min on a sample of the text,
 * its ISO 639-3 answer mapped to the BCP-47 primary subtag.
 */
import { franc } from 'franc-min';

/** ISO 639-3 (franc) to ISO 639-1 (BCP-47 primary subtag) for the languages franc-min knows. */
const ISO639_1: Record<string, string> = {
  spa: 'es', eng: 'en', por: 'pt', ind: 'id', fra: 'fr', deu: 'de', jav: 'jv', vie: 'vi', ita: 'it',
  tur: 'tr', pol: 'pl', swh: 'sw', sun: 'su', ron: 'ro', hau: 'ha', bos: 'bs', hrv: 'hr', nld: 'nl',
  srp: 'sr', ckb: 'ku', yor: 'yo', uzn: 'uz', zlm: 'ms', ibo: 'ig', tgl: 'tl', hun: 'hu', azj: 'az',
  ces: 'cs', run: 'rn', plt: 'mg', nya: 'ny', kin: 'rw', zul: 'zu', swe: 'sv', lin: 'ln', som: 'so',
  rus: 'ru', ukr: 'uk', bel: 'be', bul: 'bg', kaz: 'kk', arb: 'ar', urd: 'ur', pes: 'fa', pbu: 'ps',
  hin: 'hi', mar: 'mr', npi: 'ne', cmn: 'zh', jpn: 'ja', kor: 'ko', ell: 'el', heb: 'he', tha: 'th',
  kat: 'ka', hye: 'hy', ben: 'bn', tam: 'ta', tel: 'te', kan: 'kn', mal: 'ml', guj: 'gu', pan: 'pa',
};

/** Characters of text sampled: enough for a stable guess, cheap on long articles. */
const SAMPLE_CHARS = 2000;

/** Fewer characters than this give no guess (franc is unreliable on short strings). */
const MIN_CHARS = 50;

/** The primary language subtag of a text, or null when unsure or not mappable. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (sample.length < MIN_CHARS) return null;
  return ISO639_1[franc(sample, { minLength: MIN_CHARS })] ?? null;
}
