/**
 * The language of an article when nothing declares it: franc-min on a sample of the text, its
 * ISO 639-3 answer mapped to the BCP-47 primary subtag. Shared by the HTML and text extractors.
 */
import { franc } from 'franc-min';

/** ISO 639-3 (franc) -> ISO 639-1 (BCP-47 primary subtag) for the languages franc-min knows that have a two-letter code. */
const ISO6393_TO_1: Record<string, string> = {
  eng: 'en', spa: 'es', fra: 'fr', deu: 'de', por: 'pt', ita: 'it', rus: 'ru', ukr: 'uk', pol: 'pl',
  nld: 'nl', ron: 'ro', hun: 'hu', ces: 'cs', ell: 'el', swe: 'sv', bul: 'bg', srp: 'sr', hrv: 'hr',
  bos: 'bs', slk: 'sk', bel: 'be', tur: 'tr', arb: 'ar', ara: 'ar', pes: 'fa', fas: 'fa', urd: 'ur',
  hin: 'hi', ben: 'bn', pan: 'pa', guj: 'gu', mar: 'mr', tel: 'te', tam: 'ta', kan: 'kn', mal: 'ml',
  ori: 'or', npi: 'ne', nep: 'ne', sin: 'si', cmn: 'zh', zho: 'zh', jpn: 'ja', kor: 'ko', vie: 'vi',
  tha: 'th', ind: 'id', zlm: 'ms', msa: 'ms', tgl: 'tl', hau: 'ha', yor: 'yo', ibo: 'ig', amh: 'am',
  som: 'so', swh: 'sw', swa: 'sw', zul: 'zu', xho: 'xh', afr: 'af', kin: 'rw', uzn: 'uz', uzb: 'uz',
  kaz: 'kk', azj: 'az', aze: 'az', heb: 'he', mya: 'my', khm: 'km', ckb: 'ku', kmr: 'ku', pbu: 'ps',
  nya: 'ny', mlg: 'mg', aka: 'ak', ful: 'ff', fuv: 'ff', sna: 'sn', run: 'rn', cat: 'ca',
  dan: 'da', fin: 'fi', nob: 'nb', nno: 'nn', lit: 'lt', lav: 'lv', est: 'et', slv: 'sl', mkd: 'mk',
  kat: 'ka', hye: 'hy', sqi: 'sq', als: 'sq', tat: 'tt', tuk: 'tk', tgk: 'tg', kir: 'ky', mon: 'mn',
  jav: 'jv', sun: 'su',
};

/** The language of the text as an ISO 639-1 code, or null when the text is short or the guess fails. */
/** How much text is sampled and how little gives no guess (franc is unreliable on short strings). */
export interface LanguageOptions {
  /** fewer characters than this give null */
  minChars?: number;
  /** characters sampled from the start */
  sampleChars?: number;
}

/** The language of the text as an ISO 639-1 code, or null when the text is short or the guess fails. */
export function detectLanguage(text: string, { minChars = 50, sampleChars = 2000 }: LanguageOptions = {}): string | null {
  if (text.length < minChars) return null;
  return ISO6393_TO_1[franc(text.slice(0, sampleChars), { minLength: minChars })] ?? null;
}
