/**
 * The contract between the stages of the pipeline.
 *
 *   ingest -> extract -> analyze -> cluster -> synthesize -> render
 *
 * Every stage takes one of these types and returns another. Offsets of every span are
 * UTF-16 code-unit offsets (JavaScript string indices) into `Article.text`, the cleaned text;
 * `Article.sourceMap` maps them back to the input as it was read.
 */

/** A half-open range `[start, end)` of UTF-16 code units in an article's cleaned text. */
export interface Span {
  /** first code unit of the span */
  start: number;
  /** one past the last code unit of the span */
  end: number;
}

/** The stage that produced a message. */
export type Stage = 'ingest' | 'extract' | 'analyze' | 'cluster' | 'synthesize' | 'render' | 'store' | 'serve';

/** How bad a message is: an `error` means the input produced nothing. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A per-document message that travels with the document (vfile style). `rule` comes from the
 * closed registry in `core/messages.ts`.
 */
export interface Message {
  /** how bad it is */
  severity: Severity;
  /** which stage said it */
  stage: Stage;
  /** machine-readable reason code, e.g. `empty-input` */
  rule: string;
  /** human-readable reason, naming what was expected and what was found */
  reason: string;
  /** the input (path, URL, `-`) the message is about */
  input?: string;
}

/** The kind of input a source document came from. */
export type SourceKind = 'text' | 'markdown' | 'html' | 'json' | 'feed' | 'warc' | 'url';

/**
 * One document as read by ingest, before extraction: decoded text of the input plus whatever
 * metadata the container (a JSON record, a feed entry, a WARC header, HTTP headers) gave.
 */
export interface SourceDocument {
  /** the article id: JSON `id`, else the path relative to the input folder, else the input as given */
  id: string;
  /** the input this document came from, as the user gave it (path, folder/file, URL, `-`) */
  origin: string;
  /** what kind of content `content` holds */
  kind: SourceKind;
  /** the decoded content (text, markdown or HTML) */
  content: string;
  /** metadata the container supplied; extraction prefers it over what it finds in the content */
  meta: Partial<ArticleMeta>;
  /** messages from ingest (encoding guessed, entry without a link, ...) */
  messages: Message[];
}

/** Where a published date was found, most trusted first. */
export type DateSource = 'container' | 'json-ld' | 'meta' | 'time' | 'url' | 'text' | 'story';

/** Which extraction method produced the text. */
export type ExtractedBy = 'text' | 'json' | 'json-ld' | 'readability' | 'baseline';

/** Article metadata that a container or the page itself can give. */
export interface ArticleMeta {
  /** the headline */
  title: string | null;
  /** the people who wrote it, comma-separated names only (no roles or dates) */
  byline: string | null;
  /** publication date as ISO 8601 (`2019-12-11` or `2019-12-11T14:03:00Z`) */
  published: string | null;
  /** BCP-47 primary language code, e.g. `en` */
  language: string | null;
  /** canonical URL of the article */
  url: string | null;
  /** the outlet's name, e.g. `Reuters`, `The Hill` */
  outlet: string | null;
}

/** One linear piece of the map from cleaned text back to the input. */
export interface SourceMapSegment {
  /** offset in the cleaned text where the piece starts */
  text: number;
  /** offset in the input (UTF-16, as read) where the same piece starts */
  source: number;
  /** length of the piece in code units (the same on both sides) */
  length: number;
}

/** An article after extraction: clean text and metadata. */
export interface Article extends ArticleMeta {
  /** stable id (see SourceDocument.id) */
  id: string;
  /** the input it came from */
  origin: string;
  /** cleaned body text; paragraphs separated by a blank line (`\n\n`) */
  text: string;
  /** pieces of `text` copied verbatim from the input, in order; gaps are inserted characters */
  sourceMap: SourceMapSegment[];
  /** which extraction method won */
  extractedBy: ExtractedBy;
  /** where `published` came from, if it is set */
  publishedBy: DateSource | null;
  /** messages of ingest and extraction for this article */
  messages: Message[];
}

/** A sentence of an article. */
export interface Sentence extends Span {
  /** index of the paragraph (0-based) the sentence belongs to */
  paragraph: number;
}

/** The kinds of named entity Triangulate tracks. */
export type EntityType = 'person' | 'organization' | 'place';

/** One occurrence of an entity in an article. */
export interface Mention extends Span {
  /** the surface form as written (a copy of `text.slice(start, end)`) */
  surface: string;
  /** `name` for a proper name, `title` for a descriptor ("the Russian diplomat"), `pronoun` for he/she/they */
  form: 'name' | 'title' | 'pronoun';
}

/** A person, organisation or place, with its name variants merged. */
export interface Entity {
  /** key, stable within an analysis: the type and canonical name, e.g. `person:sergey lavrov` */
  id: string;
  /** what it is */
  type: EntityType;
  /** the canonical (most complete, most frequent) name, e.g. `Sergey Lavrov` */
  name: string;
  /** every distinct surface form seen, e.g. `Sergei Lavrov`, `Mr. Lavrov`, `Lavrov` */
  variants: string[];
  /** titles and roles seen attached to the name, kept apart from it, e.g. `Foreign Minister` */
  roles: string[];
  /** where it is mentioned */
  mentions: Mention[];
}

/** How a quote is reported. */
export type QuoteKind = 'direct' | 'indirect' | 'mixed';

/** Who a quote is attributed to. */
export interface Speaker {
  /** the name as best resolved (canonical entity name when known, else the source text) */
  name: string;
  /** the entity id when the speaker was resolved to a named entity */
  entity: string | null;
  /** the span of the source expression in the text ("he", "White House spokesman Judd Deere"); null if inferred */
  span: Span | null;
}

/** A reported statement: its content verbatim, the cue and the speaker. */
export interface Quote extends Span {
  /** the content exactly as in the text: `text.slice(start, end)`; never altered */
  text: string;
  /** direct ("..."), indirect (said that ...) or mixed (partly quoted) */
  kind: QuoteKind;
  /** the reporting verb or phrase ("said", "according to"); null when none was found */
  cue: Span | null;
  /** who said it; null when no speaker could be found */
  speaker: Speaker | null;
  /** index of the sentence where the quote starts */
  sentence: number;
}

/** How precisely a date is known. */
export type DateGranularity = 'day' | 'month' | 'year';

/** A date expression in the text, resolved against the article's publication date. */
export interface DateMention extends Span {
  /** the expression as written, e.g. `on Tuesday`, `May 2017` */
  surface: string;
  /** the resolved date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` according to granularity */
  value: string;
  /** how precise `value` is */
  granularity: DateGranularity;
  /** true when resolution needed a reference date ("Tuesday", "last year") */
  relative: boolean;
  /** the reference date used for a relative expression (`YYYY-MM-DD`), else null */
  reference: string | null;
  /** index of the sentence that contains it */
  sentence: number;
}

/** An article with the results of analysis. The article itself is unchanged. */
export interface AnalyzedArticle {
  /** the article analysed */
  article: Article;
  /** sentences in order */
  sentences: Sentence[];
  /** named entities of this article (variants merged within the article) */
  entities: Entity[];
  /** reported statements */
  quotes: Quote[];
  /** resolved date expressions */
  dates: DateMention[];
  /** messages of analysis (a span dropped, a quote that never closes, ...) */
  messages: Message[];
}

/** A group of articles reporting the same specific event. */
export interface Story {
  /** stable id derived from its articles */
  id: string;
  /** a headline for the story (from the most central article) */
  title: string;
  /** the articles of the story, in order of publication */
  articles: AnalyzedArticle[];
  /**
   * groups of article ids that are copies of one text (wire copies, reprints); an article
   * not listed is its own group. Corroboration counts groups, not articles.
   */
  copies: string[][];
  /** ids of input articles judged off-topic for this story (related but about another event) */
  offTopic: string[];
}

/** The result of clustering a set of articles. */
export interface Clustering {
  /** stories, largest first */
  stories: Story[];
  /** messages (duplicates dropped, undated articles, ...) */
  messages: Message[];
}

/** A pointer from a synthesized line back to a source span. */
export interface Citation {
  /** article id */
  article: string;
  /** start offset in the article's cleaned text */
  start: number;
  /** end offset in the article's cleaned text */
  end: number;
}

/** One sentence of the summary. */
export interface SummarySentence {
  /** the sentence, taken verbatim from a source article (possibly with a repair noted) */
  text: string;
  /** every article span that reports the same fact, the source of `text` first */
  citations: Citation[];
}

/** A fact of the story, grouped across articles. */
export interface Claim {
  /** stable id within the briefing, e.g. `c1` */
  id: string;
  /** the claim as stated by its most representative source sentence */
  text: string;
  /** every source sentence that states it */
  citations: Citation[];
  /** independent outlets supporting it (wire copies counted once) */
  outlets: string[];
  /** the number of independent sources (copy groups) */
  support: number;
  /** true when one independent source only reports it */
  singleSource: boolean;
  /**
   * who is quoted, when the claim is mostly words inside a quotation: its outlets then
   * corroborate that the words were said, not that they are so; null when it is the outlets' own
   * statement (or the speaker is unknown)
   */
  speaker?: string | null;
}

/** A quote as shown in a briefing, with every article that carries it. */
export interface BriefQuote {
  /** the quote text, verbatim from the first citation */
  text: string;
  /** the speaker's resolved name, or null */
  speaker: string | null;
  /** the speaker's entity id, or null */
  entity: string | null;
  /** direct, indirect or mixed */
  kind: QuoteKind;
  /** every article span where the same words appear */
  citations: Citation[];
}

/** One side of a contradiction. */
export interface Position {
  /** the statement, verbatim from its source */
  text: string;
  /** who holds it (speaker or outlet) */
  holder: string | null;
  /** where it is stated */
  citations: Citation[];
}

/** Two accounts of the same matter that disagree. */
export interface Contradiction {
  /** what they disagree about, in a few words */
  topic: string;
  /** how they disagree */
  kind: 'negation' | 'number' | 'date' | 'name' | 'denial';
  /** the two sides, shown side by side */
  sides: [Position, Position];
}

/** A dated event of the story. */
export interface TimelineEvent {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` */
  date: string;
  /** precision of `date` */
  granularity: DateGranularity;
  /** the sentence that reports the event */
  text: string;
  /** where it is reported */
  citations: Citation[];
}

/** An entity as listed in a briefing. */
export interface BriefEntity {
  /** canonical name */
  name: string;
  /** person, organization or place */
  type: EntityType;
  /** every surface form across the story */
  variants: string[];
  /** roles and titles seen */
  roles: string[];
  /** how many articles mention it */
  articles: number;
  /** total number of mentions */
  mentions: number;
}

/** What one outlet reported. */
export interface OutletCoverage {
  /** outlet name */
  outlet: string;
  /** its articles in the story */
  articles: string[];
  /** ids of claims supported by this outlet */
  claims: string[];
  /** ids of claims only this outlet reported */
  exclusive: string[];
}

/** An article as listed in a briefing. */
export interface ArticleRef {
  /** article id */
  id: string;
  /** outlet name, if known */
  outlet: string | null;
  /** headline */
  title: string | null;
  /** publication date, ISO */
  published: string | null;
  /** URL, if known */
  url: string | null;
}

/** The briefing of one story: what the user reads. */
export interface Briefing {
  /** story id */
  id: string;
  /** headline */
  title: string;
  /** the articles of the story */
  articles: ArticleRef[];
  /** the cited summary */
  summary: SummarySentence[];
  /** facts, most corroborated first */
  claims: Claim[];
  /** quotes by speaker */
  quotes: BriefQuote[];
  /** disagreements */
  contradictions: Contradiction[];
  /** dated events in order */
  timeline: TimelineEvent[];
  /** people, organisations and places */
  entities: BriefEntity[];
  /** per-outlet coverage */
  coverage: OutletCoverage[];
  /** article ids judged off-topic for this story */
  offTopic: string[];
  /** messages of synthesis */
  messages: Message[];
}

/** A value or the reason there is none: expected outcomes of real-world input are values. */
export type Result<T> = { ok: true; value: T; messages: Message[] } | { ok: false; messages: Message[] };
