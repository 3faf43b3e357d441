/**
 * The numbers clustering runs on, in one place. One configuration serves every data set; each
 * value was chosen on ECB+ and AllSides together (see docs/evaluation.md, "Clustering") and the
 * comment says why it has the size it has.
 */
export const FEATURES = {
  /** IDF raised to this power: above 1 favours the rare, event-specific words over the topic's words */
  idfPower: 1.5,
  /** added to ln(N/df): 1 keeps words found everywhere at weight 1, 0 gives them none */
  idfOffset: 1,
  /** numbers with at least this many digits are words: counts, scores and years tell events apart */
  numberDigits: 2,
  /** title words count this many times: a headline names the event in the fewest words */
  titleRepeat: 4,
  /** weight of a capitalised name (`n:`) relative to a plain word: names tell same-kind events apart */
  nameWeight: 1,
  /** weight of a named entity from analysis (`e:`), when analysis found any */
  entityWeight: 1.5,
  /** weight of an event date mentioned in the text (`d:`): two earthquakes a week apart differ here */
  dateWeight: 1.0,
  /** terms kept per article vector: enough for the distinctive ones, bounded for 100k articles */
  termsPerArticle: 200,
  /** a term in more than this share of articles is ignored (idf near zero anyway, postings huge) */
  maxDocumentShare: 0.2,
};

export const STORY = {
  /**
   * average cosine of an article with a story's members (average linkage) needed to join it as it
   * arrives: high, so that the stream builds clean stories and the merge pass does the rest
   */
  join: 0.4,
  /**
   * average cosine between the members of two stories needed to merge them (best pair first):
   * the threshold of average-linkage clustering; 0.12-0.15 keeps ECB+ and AllSides above 0.93
   */
  merge: 0.15,
  /** share of a story's cohesion a single article must reach to join it (see stream.ts `fitsUnit`) */
  fit: 0.8,
  /** stories smaller than this take any article above the thresholds: their cohesion says little */
  fitMembers: 3,
  /** two stories of at least this many units each ... */
  bigMembers: 5,
  /** ... merge only above this linkage: each grew on its own, so they are two events unless clearly one */
  mergeBig: 0.23,
  /** terms kept per story centroid */
  termsPerStory: 150,
  /** stories compared per article (the best candidates of the inverted index) */
  candidates: 30,
  /** most recent postings read per term: bounds the work per article in a long stream */
  postingsPerTerm: 300,
  /** terms of an article used to look up candidate stories */
  lookupTerms: 15,
  /** days apart within which publication dates say nothing against a match (reports of one event come out the same day) */
  sameDays: 0,
  /**
   * days after which similarity is cut to `farFactor`, linearly in between: a report a day later
   * (time zones, follow-ups) keeps 70%, a week later the same words are another event
   */
  farDays: 3,
  /** what is left of the similarity for articles published `farDays` or more apart: below every threshold */
  farFactor: 0.1,
};

export const COPIES = {
  /** words per shingle: 5 words in a row rarely repeat by chance across outlets */
  shingle: 5,
  /** minhash functions: 16 bands of 4 rows find pairs above ~0.5 resemblance with high probability */
  hashes: 64,
  bands: 16,
  /** share of the shorter text's shingles found in the other one: a reprint, possibly cut */
  containment: 0.5,
  /** shingles of the lead (first sentences) shared, for reworded leads of one wire story */
  leadWords: 60,
  leadContainment: 0.35,
  /** copies of one report appear within days of each other; the same paragraph months later is reused background */
  maxDays: 7,
};

export const OFF_TOPIC = {
  /** with --single-story, fewer articles than this keep all their members: no member is clearly the odd one */
  minMembers: 5,
  /** robust z-score (in median absolute deviations) below which a member is an outlier */
  outlierZ: 3,
  /** least spread assumed: members of a story are never all equally close to it */
  minSpread: 0.05,
  /** publication dates more than this many days from the story's median mark another event */
  farDays: 60,
  /** a singleton sharing at least this cosine with a bigger story is that story's off-topic article */
  related: 0.08,
};

/** Dates that are placeholders, not publication dates. */
export const DATES = {
  /** earliest plausible publication date: before it, a date is a placeholder (the Unix epoch 1970-01-01) */
  earliest: '1971-01-01',
  /** days after "now" a publication date may be (time zones, embargoes) */
  futureDays: 2,
};
