/**
 * Date heuristics as data: what chrono finds that is not a date in news, and the bare-year
 * detector chrono lacks. Ordered from the most specific to the last resort.
 */

/**
 * Expressions dropped even though chrono parses them: "now" and "today" are figures of speech in
 * news far more often than dates ("Russia today", "now is the time"), and the article's own date
 * already carries the day of publication. "Tonight"/"this morning" are times of the publication
 * day: dropped for the same reason.
 */
export const FIGURES_OF_SPEECH = /^(?:now|right now|today|tonight|this morning|this afternoon|this evening|currently|recently|soon)$/i;

/** Weekday abbreviations that are also words or names ("The Sun", "Sat down", "Wed"). */
export const AMBIGUOUS_SHORT_FORMS = /^(?:sun|sat|wed|mon|tue|thu|fri|mar|may|jun|jul|aug|sept?|oct|nov|dec|jan|feb|apr)\.?$/i;

/** A month name alone written lower-case is a verb or noun ("may", "march"), not a month. */
export const LOWERCASE_MONTH = /^(?:may|march|august|june|april)$/;

/** Characters that, right before or after a match, make it part of a number, version or code. */
export const NUMERIC_NEIGHBOUR = /[\d.:/#$€£-]/;

/**
 * A bare year: four digits 1900-2099 standing alone ("in 2016", "the 2016 election"). Not a year
 * when followed by a unit ("100 meter", "1830 UTC", "2000 people") or part of a larger number.
 */
export const BARE_YEAR = /(?<![\d.,:/#$€£-])\b(19\d\d|20\d\d)\b(?![\d.,:/%-]\d|%)/g;
export const NOT_A_YEAR_AFTER = /^\s*(?:UTC|GMT|EST|EDT|PST|hours?|hrs|h\b|GMT|meters?|metres?|m\b|km|kilometers?|miles?|feet|ft|people|votes?|troops|soldiers|units|pounds|lbs|kg|tons?|dollars|euros|points?|seats?|members|times|calories|words|pages|acres|percent|per\s*cent|years? old|cc)\b/i;
export const NOT_A_YEAR_BEFORE = /(?:\$|€|£|No\.|#|number|nos?\.?|page|p\.|route|room|flight|model|version|v)\s*$/i;

/** Words that, right before a weekday or month, point forward: "next Tuesday", "next November". */
export const FORWARD = /\b(?:next|coming|this coming|following)\s+$/i;
/** Words that point back: "last November". */
export const BACKWARD = /\b(?:last|past|previous)\s+$/i;

/** Qualifiers chrono leaves outside its match but which belong to the expression. */
export const LEADING_QUALIFIER = /\b(?:earlier|later|early|late|mid-?)\s*$/i;

/** Range connectors inside one chrono match ("May 1 to May 5", "2016-2018"). */
export const RANGE_CONNECTOR = /\s*(?:-|–|—|\bto\b|\bthrough\b|\buntil\b|\btill\b|\band\b)\s*/gi;

/** Durations are not dates: "for a month", "within a year", "in two weeks' time" (chrono reads
 *  them as a date that far from the reference). */
export const DURATION = /^(?:for|within|over)\s/i;
export const DURATION_BEFORE = /\b(?:for|within|over)\s+$/i;

/**
 * Days named by reference to another day of the narrative ("earlier in the day", "later that
 * day", "the next day"): resolved against the nearest day the text named before them, else (for
 * the same day only) against the reference date. chrono reads "in the day" as "in a day"
 * (tomorrow), so these are taken before it. Group `shift` gives the offset in days.
 */
export const ANAPHORIC_DAYS: { pattern: RegExp; shift: number; needsAntecedent: boolean }[] = [
  { pattern: /\b(?:earlier|later)\s+(?:in|on)\s+(?:the|that)\s+day\b/gi, shift: 0, needsAntecedent: false },
  { pattern: /\b(?:later|earlier)\s+that\s+day\b/gi, shift: 0, needsAntecedent: false },
  { pattern: /\b(?:that\s+same|the\s+same|that)\s+day\b/gi, shift: 0, needsAntecedent: true },
  { pattern: /\bthe\s+(?:next|following)\s+day\b/gi, shift: 1, needsAntecedent: true },
  // "the day before" alone; "the day before the election" names its own day
  { pattern: /\bthe\s+day\s+(?:before|earlier)(?=\s*[,.;!?])|\bthe\s+previous\s+day\b/gi, shift: -1, needsAntecedent: true },
];
/** How far back (in characters) an anaphoric day looks for the day it refers to. */
export const ANTECEDENT_REACH = 1500;

/**
 * Future tense before a weekday in its clause ("talks will resume on Thursday", "the vote is
 * scheduled for Friday"): the weekday is the coming one, not the last. No comma or full stop
 * may stand between (an earlier clause's "will" says nothing of this one).
 */
export const FUTURE_BEFORE = /\b(?:will|'ll|shall|(?:is|are|was|were)\s+(?:due|set|scheduled|slated|expected|planned)\s+(?:to|for)|(?:plans?|planning|intends?)\s+to|(?:is|are)\s+to)\b[^.,;:!?]{0,40}$/i;

/** A weekday or a month named in a date expression: "for Monday" is a day, not a duration. */
export const CALENDAR_NAME = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?\s*\d/i;
