/**
 * What the fields of TREC/DUC-style SGML news documents mean (DUC 2001-2007, TREC disks, TDT,
 * AQUAINT, AQUAINT-2, Gigaword). Each source names its fields its own way; the lists are ordered
 * from the most specific name to the last resort, and the reader (sgml.ts) takes the first that
 * gives a usable value.
 */

/**
 * Id fields: `<DOCNO>` everywhere; later LDC releases (LDC2009T13 and after) write `<DOCID>`. The
 * `id` attribute of `<DOC id="...">` (AQUAINT-2, Gigaword) is the last resort. The LA Times has a
 * numeric `<DOCID>` beside its `<DOCNO>`: DOCNO comes first.
 */
export const ID_FIELDS = ['DOCNO', 'DOCID'];

/** Headline fields: AQUAINT/TDT `<HEADLINE>`, AP 1988-90 `<HEAD>`, WSJ `<HL>`, others `<TITLE>`, FBIS `<TI>`. */
export const HEADLINE_FIELDS = ['HEADLINE', 'HEAD', 'HL', 'TITLE', 'TI'];

/**
 * Date fields: TDT/AQUAINT `<DATE_TIME>` (the wire's own time stamp), LA Times and FT `<DATE>`,
 * WSJ `<DD>`, FBIS `<DATE1>`, later LDC releases `<DATETIME>`. A DOCNO that carries a date is the
 * fallback (DOCNO_DATES).
 */
export const DATE_FIELDS = ['DATE_TIME', 'DATETIME', 'DATE', 'DD', 'DATE1'];

/** Byline fields: several `<BYLINE>` lines are common ("By JOHN SMITH", "Associated Press Writer"). */
export const BYLINE_FIELDS = ['BYLINE'];

/**
 * Article text, in document order: SJMN puts its first paragraph in `<LEADPARA>` before `<TEXT>`;
 * everyone else has one or more `<TEXT>` blocks.
 */
export const TEXT_FIELDS = ['LEADPARA', 'TEXT'];

/** Outlet named in the record itself, for the sources whose DOCNO prefix is not in the table. */
export const OUTLET_FIELDS = ['SOURCE', 'PUB', 'SO'];

/**
 * Fields that are never article text even when they sit inside `<TEXT>`: wire slugs and routing
 * lines, editors' notes, trailers ("AP-NY-10-16-98 1153EDT"), and the metadata fields themselves.
 */
export const NOT_TEXT_FIELDS = [
  'ANNOTATION', 'TRAILER', 'SLUG', 'DOCNO', 'DOCID', 'DOCTYPE', 'TXTTYPE', 'DATE_TIME', 'DATETIME', 'DATELINE', 'BYLINE', 'HEADLINE',
  'KEYWORD', 'FILEID', 'FIRST', 'SECOND', 'NOTE', 'CATEGORY',
  // web and usenet posts of the later LDC sets: who posted and when
  'POSTER', 'POSTDATE',
];

/**
 * Paragraphs of `<TEXT>` that are wire routing, not article text, most specific first.
 * @example '(STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS.)', '(BEGIN OPTIONAL TRIM)' (NYT
 *          editors' notes); 'AP-NY-10-16-98 1153EDT', 'NYT-04-21-99 1653EDT' (transmission stamps)
 */
export const NOT_TEXT_PARAGRAPHS: RegExp[] = [
  // an editors' note: capitals only, in parentheses, two words at least
  /^\((?=[^)]*[A-Z]{2}[^)]* [^)]*[A-Z]{2})[A-Z0-9 .,;:'"&\/-]+\)$/,
  // a transmission stamp: desk and date codes and a time with its zone
  /^(?:[A-Z]{2,4}-){1,2}\d{2}-\d{2}-\d{2}\s+\d{4}[A-Z]{3}$/,
];

/**
 * Headline fields that are notes to editors, not headlines: AP 1988-90 follows its `<HEAD>` with
 * more `<HEAD>` lines such as "Eds: Also in Monday AMs report." or "EDITOR'S NOTE: ...".
 */
export const NOT_A_HEADLINE = /^(eds?[.:]|editors?'?s? note\b|advance for\b|for release\b)/i;

/**
 * Headline prefixes that are filing stamps, not words of the headline.
 * @example 'FT  14 MAY 91 / Survey of Spain (5): A new order' -> 'Survey of Spain (5): A new order'
 */
export const HEADLINE_STAMPS: RegExp[] = [/^FT\s+\d{1,2} [A-Z]{3} \d{2} \/\s*/];

/**
 * Outlets by DOCNO prefix (the capitals before the first digit or underscore). Names as the rest
 * of Triangulate spells them (src/extract/text/outlets.ts), so that a wire copy found in a page
 * and in a DUC file counts as the same outlet.
 */
export const OUTLET_BY_DOCNO_PREFIX: Record<string, string> = {
  APW: 'AP', // AP Worldstream (TDT, AQUAINT, Gigaword APW_ENG)
  AP: 'AP', // AP newswire 1988-90 (TREC disks 1-3, DUC 2001-2002)
  NYT: 'The New York Times', // New York Times News Service
  XIE: 'Xinhua', // Xinhua English (TDT, AQUAINT)
  XIN: 'Xinhua', // Xinhua English (Gigaword XIN_ENG, AQUAINT-2)
  AFP: 'AFP', // Agence France-Presse (Gigaword AFP_ENG, AQUAINT-2)
  AFE: 'AFP', // AFP English (TDT4)
  LTW: 'Los Angeles Times-Washington Post', // LA Times/Washington Post news service (Gigaword LTW_ENG)
  WPB: 'Washington Post-Bloomberg', // Gigaword WPB_ENG
  CNA: 'Central News Agency', // Taiwan (Gigaword CNA_ENG)
  WSJ: 'The Wall Street Journal', // TREC disks 1-2
  LA: 'Los Angeles Times', // TREC disk 5
  FT: 'Financial Times', // TREC disk 4
  SJMN: 'San Jose Mercury News', // TREC disk 3
  FBIS: 'Foreign Broadcast Information Service', // TREC disks 4-5
  CNN: 'CNN', // TDT broadcast transcripts
  ABC: 'ABC News',
  NBC: 'NBC News',
  MNB: 'MSNBC',
  PRI: 'Public Radio International',
  VOA: 'Voice of America',
};

/**
 * Dates written in DOCNOs, most specific first; `order` says how to read the digits. Only the
 * unambiguous forms: `FT911-3032` (year digit and a sequence number) and `SJMN91-06001022` name
 * no day, so they give none.
 * @example 'APW19981016.0240' -> 1998-10-16; 'XIN_ENG_20041231.0001' -> 2004-12-31;
 *          'AP880911-0016' -> 1988-09-11; 'LA010189-0001' -> 1989-01-01
 */
export const DOCNO_DATES: { pattern: RegExp; order: 'ymd' | 'mdy' }[] = [
  // TDT, AQUAINT, Gigaword, AQUAINT-2: SOURCE[_LANG_]YYYYMMDD.NNNN
  // (later LDC releases append the catalogue number: NYT_ENG_20070818.0008.LDC2009T13)
  // and TDT broadcast transcripts add the air time: ABC19980108.1830.0711)
  { pattern: /^[A-Z]{2,5}(?:_[A-Z]{3}_)?((?:19|20)\d{2})(\d{2})(\d{2})\.\d+(?:\.\d+)?(?:\.LDC\d{4}T\d{2})?$/, order: 'ymd' },
  // AP and WSJ on the TREC disks: YYMMDD-NNNN
  { pattern: /^(?:AP|WSJ)(\d{2})(\d{2})(\d{2})-\d+$/, order: 'ymd' },
  // LA Times on TREC disk 5: MMDDYY-NNNN
  { pattern: /^LA(\d{2})(\d{2})(\d{2})-\d+$/, order: 'mdy' },
];

/**
 * Date field values, most specific first (after tags and white space are removed).
 * @example '1998-10-16 11:53:00' (AQUAINT), '10/16/1998 11:53:00' (TDT), '07/02/91' (WSJ),
 *          '910514' (FT), 'January 1, 1989, Sunday, Home Edition' (LA Times), '16 May 1994'
 */
export const DATE_VALUE_FORMATS: { pattern: RegExp; order: 'ymd' | 'mdy' | 'dmy' }[] = [
  // (?!\d), not \b: "2007-12-17T12:53:00" has a letter right after the day
  { pattern: /^((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?!\d)/, order: 'ymd' },
  { pattern: /^((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/, order: 'ymd' },
  // American order: the wires and the WSJ are American (TDT writes 10/16/1998)
  { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/, order: 'mdy' },
  { pattern: /^(\d{2})(\d{2})(\d{2})$/, order: 'ymd' },
  { pattern: /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})\b/, order: 'mdy' },
  { pattern: /^(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4})\b/, order: 'dmy' },
];

/** Two-digit years: these corpora run from 1987 on, so 50-99 are 19xx and 00-49 are 20xx. */
export const TWO_DIGIT_YEAR_PIVOT = 50;

/**
 * SGML entities. The standard ones are decoded in either case (`&amp;`, `&AMP;`); the typesetting
 * codes of the wire feeds are turned into what they stand for when that is text (`&MD;` is an em
 * dash in the NYT service, `&HT;` a tab) and dropped otherwise (`&UR;`/`&LR;` rule lines, `&QL;`,
 * `&QC;`, `&QR;` alignment, `&TF;`, `&IL;`); any other all-capitals entity is such a code too.
 */
export const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  md: '\u2014',
  ht: ' ',
  // Latin-1 letters and punctuation that SGML news text writes as entities
  eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä', atilde: 'ã', aring: 'å',
  iacute: 'í', igrave: 'ì', icirc: 'î', iuml: 'ï', oacute: 'ó', ograve: 'ò', ocirc: 'ô', ouml: 'ö', otilde: 'õ', oslash: 'ø',
  uacute: 'ú', ugrave: 'ù', ucirc: 'û', uuml: 'ü', ntilde: 'ñ', ccedil: 'ç', szlig: 'ß', yacute: 'ý',
  Eacute: 'É', Egrave: 'È', Aacute: 'Á', Agrave: 'À', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', Ntilde: 'Ñ', Ccedil: 'Ç',
  mdash: '\u2014', ndash: '\u2013', hellip: '\u2026', lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d',
  pound: '£', cent: '¢', yen: '¥', euro: '€', deg: '°', frac12: '½', frac14: '¼', frac34: '¾', copy: '©', reg: '®', sect: '§',
};

/**
 * Entity names that are typesetting or control codes of the wire feeds, dropped when not in
 * ENTITIES: any all-capitals name (`&UR;`, `&QL;`, `&TF;`) and the NYT service's control
 * characters (`&Cx1f;`, `&Cx13;` in AQUAINT headers). Other unknown names are kept as written.
 */
export const TYPESETTING_ENTITY = /^(?:[A-Z][A-Z0-9]*|Cx[0-9a-fA-F]{2})$/;

/**
 * Byline parts that are roles, not names ("Associated Press Writer", "Times Staff Writer",
 * "Special to The New York Times"): dropped, as ArticleMeta.byline holds names only.
 */
export const BYLINE_ROLE = /\b(writer|correspondent|staff|special to|editor|reporter|columnist|bureau|service|news|press|times|journal|associated)\b/i;
