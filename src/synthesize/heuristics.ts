/**
 * The heuristics of synthesis, as data: word lists, patterns and thresholds, each with why.
 * Ordered from specific to last resort inside each list. Tuned on hand-made cases and on the
 * AllSides development stories (never on a single example).
 */

/**
 * Function words left out of similarity and support checks: they say nothing about which fact a
 * sentence states. (A short list in the spirit of SMART / ROUGE's stop list, plus reporting verbs
 * that every news sentence carries.)
 */
export const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are aren\'t as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having he her ' +
    'here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of ' +
    'off on once only or other our ours ourselves out over own same she should so some such than that the their theirs ' +
    'them themselves then there these they this those through to too under until up very was we were what when where ' +
    'which while who whom why will with would you your yours yourself yourselves mr mrs ms dr says said say told tells ' +
    'according added adds also s t d ll re ve m one would could may might must shall us per via'
  ).split(/\s+/),
);

/**
 * Words that make a sentence need its neighbours: a summary sentence starting with them reads as
 * a non sequitur. Pronoun subjects can be repaired when analysis resolved them to an entity;
 * connectives cannot (their referent is a whole previous sentence), so such sentences are avoided.
 */
export const CONTEXT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'his', 'her', 'their', 'its', 'we', 'him', 'them']);
export const CONTEXT_OPENERS = new Set([
  'this', 'that', 'these', 'those', 'but', 'however', 'also', 'and', 'so', 'still', 'yet', 'meanwhile', 'instead',
  'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'then', 'thus', 'therefore', 'such', 'there', 'here',
  'besides', 'otherwise', 'likewise', 'similarly', 'later', 'afterward', 'afterwards', 'both', 'neither', 'another',
]);

/**
 * Connectives that only link a sentence to the one before ("But Lavrov told reporters ..."):
 * dropped, the rest of the sentence stands alone. Demonstratives ("This", "Such") and time
 * adverbs ("Later", "Then") carry a reference and are not in this list: such sentences are
 * avoided instead.
 */
export const DROPPABLE_CONNECTIVES = new Set([
  'but', 'however', 'and', 'yet', 'still', 'meanwhile', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'also', 'besides',
]);

/**
 * Clutter that extraction may have let through: a summary, claim or timeline line must never be
 * one of these. Specific first: links and handles, then shapes (headings, bylines, captions),
 * then last resort on length.
 */
export const CLUTTER_PATTERNS: RegExp[] = [
  /https?:\/\/|www\.|pic\.twitter\.com|\S+\.(?:com|org|net)\/\S*/i, // a link: embeds and share lines
  /(^|\s)@\w{2,}/, // a social-media handle: tweet embeds and credits
  /^\s*(#{1,6}\s|[-*•]\s|\d+\.\s|—\s|–\s)/, // markdown heading, bullet, numbered menu, embed signature
  /^\s*(by|image|photo|picture|video|credit|source|watch|read more|related|advertisement|copyright|©)\b[:\s]/i, // bylines, captions
  /\b(subscribe|sign up|newsletter|cookies?|all rights reserved|click here)\b/i, // calls to action and footers
];
/** a sentence shorter than this (in words) is a heading, a caption or a fragment */
export const MIN_SENTENCE_WORDS = 6;
/** a sentence longer than this (in words) is usually a run-on of glued blocks */
export const MAX_SENTENCE_WORDS = 80;

/**
 * Clause boundaries where a summary sentence may end early when the whole sentence does not fit
 * the word budget (sentence compression by truncation, as in ICSISumm-style systems): what
 * precedes them is a complete statement and what follows adds detail. The shortened line is still
 * a verbatim span of its source. Specific first. Not listed on purpose: a bare comma (lists,
 * appositives), ", according to" and ", X said" (they carry the attribution), and " and " (it may
 * join the two halves of one predicate).
 */
export const CLAUSE_BREAKS: RegExp[] = [
  /;\s/g, // two independent clauses
  /\s[—–]\s|\s--\s/g, // a dash opening an aside or an elaboration
  /,\s(?=(?:which|who|whom|whose|where|while|whereas|although|though|even though|as well as|including|after|before|amid|despite|but|citing|saying|adding|prompting|marking|making|in what|in a move|a move|the latest)\b)/g, // a relative, participle or adverbial clause after a comma
  /,?\s(?=(?:because|since|as part of|in order to|so that|unless|until|following|ahead of|in response to|amid|after|despite)\s)/g, // a subordinate or adverbial clause, with or without a comma
  /,\s(?=(?:with|as|when|in|on|at|for|from|to|by|during|over|under|the [a-z]+est|a [a-z]+ that)\s)/g, // a prepositional phrase set off by a comma
];
/**
 * Attribution in the part a cut would leave out ("..., which was faster than expected, the
 * Commerce Department said."): the kept part would state as fact what the source attributes.
 * Such a cut is not made unless the kept part carries its own attribution.
 */
export const ATTRIBUTION = /\b(?:said|says|say|told|tells|according to|reported|reports|stated|states|announced|claimed|claims|added|wrote|writes|alleged|alleges)\b/i;

/**
 * Cues of reported speech: what a briefing lists as "who said what" besides direct quotations.
 * Analysis also finds stances, intentions and topics as attributions ("welcomed Lavrov",
 * "referring to the seizure", "appeared to contradict"), as the annotated corpora do; they are
 * kept for facts and contradictions, but shown as someone's words they would misquote them.
 */
export const SPEECH_CUE =
  /^(?:said|says|say|saying|told|tells|tell|telling|added|adds|adding|wrote|writes|writing|tweeted|tweeting|posted|stated|states|announced|announces|insisted|insists|claimed|claims|argued|argues|denied|denies|denying|acknowledged|acknowledges|admitted|admits|asserted|asserts|warned|warns|warning|declared|declares|confirmed|confirms|predicted|promised|pledged|vowed|alleged|alleges|testified|explained|noted|noting|according to|conceded|contended|maintained|maintains|emphasized|emphasised|stressed|complained|suggested|responded|replied|answered|accused|accusing|called for|calls for|urged|urges|asked|asks|recalled|reported|reports|countered|revealed|disclosed|described|predicts|concluded|estimated|repeated|reiterated)$/i;

/**
 * Datelines opening an article's first sentence, most specific first: a place in capitals with
 * an optional date and agency before a dash ("WASHINGTON (AP) — ", "DES MOINES, Iowa, Aug. 10
 * (UPI) -- "); an agency's place and date before a dash ("MOSCOW, Dec 10 (Reuters) - "); a
 * title-case place before a colon ("Washington: ", IANS style; `place` is checked against the
 * entities found there).
 */
export const DATELINES: RegExp[] = [
  /^\p{Lu}[\p{Lu}.'’-]+(?:[ -]\p{Lu}[\p{Lu}.'’-]+){0,3}(?:,\s*[\p{L}.]+(?:\s[\p{L}.]+)?)?(?:,?\s*\p{Lu}[a-z]{2,8}\.?\s\d{1,2})?\s*(?:\([\p{L} .&-]{2,30}\))?\s*(?:—|–|--?)\s+(?=\p{Lu}|["“‘])/u,
  /^(?<place>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2})(?:,\s*\p{Lu}[a-z]{2,8}\.?\s\d{1,2})?(?:\s*\([\p{L} .&-]{2,30}\))?:\s+(?=\p{Lu})/u,
];

/**
 * Section labels that outlets put before a sentence (Axios' "Smart Brevity" headings, live-blog
 * and wire tags): layout, not content. Only these words, followed by a colon and a capital.
 */
export const SECTION_LABELS =
  /^(?:driving the news|why it matters|the big picture|between the lines|the bottom line|bottom line|go deeper|what they're saying|what they’re saying|catch up quick|zoom in|zoom out|flashback|state of play|yes,? but|the other side|what's next|what’s next|what to watch|by the numbers|the backstory|background|context|details|the latest|breaking|breaking news|update|updated|exclusive|analysis|editor's note|editor’s note|first on [\p{L}]+|read more|related|watch|listen):\s+(?=[\p{Lu}"“‘\d])/iu;

/** a shortened sentence keeps at least this many words, and at least this share of the sentence */
export const CLAUSE_LIMITS = { minWords: 8, minShare: 0.3 };

/**
 * Negation markers: a sentence holding one of these before a predicate denies it. Contractions
 * are listed whole because tokenisation keeps them as one word.
 */
export const NEGATIONS = new Set([
  'not', 'never', 'no', "n't", 'nor', 'neither', 'without', "haven't", "hasn't", "hadn't", "didn't", "don't", "doesn't",
  "wasn't", "weren't", "isn't", "aren't", "won't", "wouldn't", "couldn't", "can't", 'cannot', 'nothing', 'none',
]);

/**
 * Predicates that all mean "talked about a topic with someone": an assertion that X was warned
 * about or discussed contradicts a denial that X was discussed. Stems (Porter) as produced by
 * `stemWord`.
 */
export const TALK_PREDICATES = new Set([
  'discuss', 'talk', 'warn', 'rais', 'mention', 'address', 'urg', 'bring', 'brought', 'cover', 'touch', 'review', 'speak', 'spoke', 'negoti', 'agre', 'agree',
]);

/**
 * Cue verbs of denial: the speaker rejects a proposition someone else asserts. Porter stems.
 */
export const DENIAL_CUES = new Set(['deni', 'deny', 'denial', 'dismiss', 'reject', 'refut', 'disput', 'rebuf', 'contest', 'repudi', 'baseless', 'fals', 'untru', 'disavow']);

/**
 * Content stems that are near-synonyms in news about the same matter; each group is mapped to
 * its first member before comparing. Small on purpose: only equivalences that hold in any story.
 */
export const SYNONYMS: string[][] = [
  ['interfer', 'interf', 'meddl', 'tamper', 'interven', 'intervent', 'swai', 'sway', 'influenc'],
  ['elect', 'vote', 'ballot'],
  ['kill', 'dead', 'di', 'death', 'slain'],
  ['presid', 'presidenti'],
];

/** Similarity thresholds (tf-idf cosine over content stems). */
export const THRESHOLDS = {
  /** two sentences of different articles state the same fact at or above this */
  sameFact: 0.42,
  /** ... or at or above this when they also share an entity and a number or a date */
  sameFactAnchored: 0.3,
  /** in the summary's greedy fill, a sentence this similar to one already chosen is redundant */
  redundant: 0.5,
  /** share of a generated sentence's content words that its cited sources must contain */
  generatedSupport: 0.7,
  /** two accounts are "on the same matter" for a contradiction at or above this topic overlap */
  sameMatter: 0.2,
  /** a claim whose sentence has at least this share of its characters inside quotations is the speaker's words */
  quotedShare: 0.5,
  /** two quote texts are the same quote at or above this token Jaccard (or one contains the other) */
  sameQuote: 0.6,
};
