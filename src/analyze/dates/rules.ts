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
/** A car's model year ("a gray 2013 Toyota Camry"): a number before a maker's name is no date. */
export const MODEL_YEAR_AFTER = /^\s+(?:Toyota|Honda|Ford|Chevrolet|Chevy|Nissan|Dodge|Jeep|BMW|Mercedes(?:-Benz)?|Audi|Volkswagen|VW|Hyundai|Kia|Subaru|Mazda|Tesla|Lexus|Acura|Cadillac|Buick|GMC|Chrysler|Lincoln|Volvo|Porsche|Ferrari|Infiniti|Mitsubishi|Pontiac|Saturn|Oldsmobile|Jaguar|Land Rover|Range Rover|Fiat|Harley-Davidson|Yamaha|Kawasaki)\b/;
/** A street address ("a heritage home at 2016 Ontario"): "at" and a number before a capitalised name. */
export const ADDRESS_BEFORE = /\bat\s+$/i;
/** ... nor after a word that makes it part of a name ("coronavirus disease 2019", "Flight 1999"). */
export const NOT_A_YEAR_BEFORE = /(?:\$|€|£|No\.|#|number|nos?\.?|page|p\.|route|room|flight|model|version|v|disease)\s*$/i;

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
export const DURATION_BEFORE = /\b(?:for|within|over)\s+(?:the\s+)?$/i;

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
export const FUTURE_BEFORE = /\b(?:will|'ll|shall|(?:is|are|was|were)\s+(?:due|set|scheduled|slated|expected|planned|likely)\s+(?:to|for)|(?:plans?|planning|intends?)\s+to|(?:is|are)\s+to)\b[^.,;:!?]{0,40}$/i;

/** A month named in full and capitalised: "planned for November" names a month, not a duration. */
export const MONTH_NAME = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** A weekday or a month named in a date expression: "for Monday" is a day, not a duration. */
export const CALENDAR_NAME = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?\s*\d/i;

/**
 * A month (or a month and day) written without a year: news mostly tells what has happened, so
 * the last such month on or before the reference is meant, unless the next one is much nearer
 * ("on Nov. 8" in a mid-October article is three weeks ahead, not eleven months back): the
 * future one is taken when it is at least this many times nearer than the past one.
 * ("January 1" in a late-September article is the past one; chrono alone takes the nearest.)
 */
export const FUTURE_PREFERENCE = 3;

/**
 * Words right before a yearless month or day that make it the coming one: "beginning Nov. 8",
 * "effective Nov. 8", "starting in March", "has tentatively scheduled a meeting on Oct. 26".
 */
export const FUTURE_ANCHOR = /\b(?:beginning|starting|effective|as\s+of)\s+(?:in\s+|on\s+)?$|\b(?:scheduled|planned|slated)\b[^.;:!?]{0,40}$/i;

/**
 * Future tense in the clause before a yearless month or day, with a longer reach than for
 * weekdays; "takes effect", "expires" in the present name a scheduled, coming date.
 */
export const FUTURE_CLAUSE = /\b(?:will|'ll|shall|(?:is|are)\s+(?:due|set|scheduled|slated|expected|planned)\s+(?:to|for)|(?:plans?|planning|intends?)\s+to|(?:is|are)\s+to|takes\s+effect|goes\s+into\s+effect|expires)\b[^.;:!?]{0,80}$/i;

/**
 * The edge of a period ("the end of August", "early in 2019" aside): chrono reads a day into it
 * (August 31); the text gives the month or year only.
 */
export const PERIOD_EDGE = /^(?:the\s+)?(?:end|beginning|start|middle|close|turn)\s+of\s+/i;

/**
 * A span of time counted from the reference ("the next 18 years", "the past three months") is
 * a duration, not a date; chrono reads it as the date that far away.
 */
export const COUNTED_SPAN = /^(?:the\s+)?(?:next|past|last|previous|coming|following)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many|(?:twenty|thirty|forty|fifty)(?:-\w+)?)\s+(?:years?|months?|weeks?|days?|decades?)$/i;

/** Number words chrono does not read as one number ("Twenty-two years ago" gave "two years ago"). */
export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** "Twenty-two years ago", "a dozen years ago" aside: a compound number word, then a unit and "ago". */
export const COMPOUND_AGO = /\b((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s](?:one|two|three|four|five|six|seven|eight|nine))\s+(years?|months?)\s+ago\b/gi;

/**
 * A decade ("the 1980s", "the 1980's") is not the year it starts with; our values cannot say
 * "a decade", so it is left out rather than dated to its first year. An apostrophe-s after a
 * round year before 2000 is the decade; after any other year it is a possessive ("2016's vote").
 */
export const DECADE_AFTER = /^s\b/;
export const DECADE_APOSTROPHE_AFTER = /^['’]s\b/;

/**
 * Dates named by their event, whatever the article's year: the September 11 attacks. "Sept. 11"
 * alone, or "the 9/11 memorial ceremony", is the day in its own year.
 */
export const NAMED_DATES: { pattern: RegExp; value: string | ((ref: Date | null) => string | null) }[] = [
  { pattern: /\b(?:Sept?\.?|September)\s+11(?:th)?(?=,?\s+(?:terror(?:ist)?\s+)?attacks?\b)/g, value: '2001-09-11' },
  { pattern: /(?<![\d/])\b9\/11\b(?![\d/])(?!\s+(?:memorial|anniversary|ceremony|commemoration))/g, value: '2001-09-11' },
  // the US primaries' Super Tuesday: the first Tuesday of March of the article's year (2008's
  // was in February, the exception), not the Tuesday before the article
  { pattern: /\bSuper\s+Tuesday\b/g, value: (ref) => (ref ? firstTuesdayOfMarch(ref.getUTCFullYear()) : null) },
];

function firstTuesdayOfMarch(year: number): string {
  const march1 = new Date(Date.UTC(year, 2, 1)).getUTCDay();
  return `${year}-03-${String(1 + ((2 - march1 + 7) % 7)).padStart(2, '0')}`;
}

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** A weekday written in full and capitalised: a day whatever chrono made of the words around it. */
export const MISSED_WEEKDAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
/** A month after a direction word, without a day ("last May", which chrono does not read). */
export const MISSED_MONTH = /\b(last|next|this|past|coming)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)/gi;

/** A vague count back ("a few weeks ago", "several years ago"): no day, month or year can be told. */
export const VAGUE_AGO = /^(?:only\s+)?(?:a\s+few|few|several|many|some)\s+(?:years?|months?|weeks?|days?)\s+ago$/i;

/**
 * Past tense in the clause before a yearless month or day ("Protests began in December", "he
 * suspended his campaign in February"): the past one, however near the next is. Checked after
 * the future cues (a participle in "will be lifted on Nov. 8" is not the past).
 */
export const PAST_CLAUSE = /(?:\b(?:was|were|had|did|since|began|took|came|went|met|won|lost|held|left|made|ago)\b|\b(?!(?:scheduled|planned|slated|expected|proposed|intended)\b)[a-z]{3,}ed\b)[^.;:!?]{0,80}$/i;
/**
 * Only the clause the date is in counts for its tense: what follows "that" or a comma ("Yellen
 * reiterated that lawmakers have until some point in October" is about a coming October).
 */
export const CLAUSE_START = /^[\s\S]*(?:\bthat\b|[,;:])/i;

/**
 * "may" and "march" are verbs and "May" opens questions, but after a preposition or a direction
 * word they are months ("asked in May if", "used in may when"): such a month is kept.
 */
export const MONTH_PREPOSITION_BEFORE = /\b(?:in|since|until|till|by|from|through|during|early|late|mid-?|last|next|this|before|after)\s+$/i;

/**
 * "today" as the day of publication: right after a word and before punctuation or "that" ("in
 * his remarks today.", "announced today that"). Elsewhere it is a figure of speech ("Russia
 * today faces a choice", "the America of today") and dropped with `FIGURES_OF_SPEECH`.
 */
export const LITERAL_TODAY = { before: /\b[a-z]+\s+$/, after: /^\s*(?:[.,;:!?"”’]|that\b|$)/ };

/**
 * Durations counted with an approximation ("after around six weeks of pregnancy", "in about
 * two years"): a length of time, unless "ago", "later" or "earlier" follows.
 */
export const APPROXIMATE_SPAN = /^(?:(?:after|in|for|within)\s+)?(?:around|about|some|nearly|roughly|almost|more\s+than|less\s+than|up\s+to|under)\s+(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)\s+(?:years?|months?|weeks?|days?|hours?|decades?)$/i;
export const DATE_AFTER_SPAN = /^\s+(?:ago|later|earlier|before|after|from\s+now)\b/i;

/**
 * "in six months" after an ordinal or a superlative in its clause ("the second of its kind in
 * six months", "the first recall in 18 years") is the span the count covers, not a date ahead.
 */
export const IN_SPAN = /^in\s+(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)\s+(?:years?|months?|weeks?|days?|decades?)$/i;
export const ORDINAL_BEFORE = /\b(?:first|second|third|fourth|fifth|only|worst|best|biggest|largest|highest|lowest|most|least)\b[^.;:!?]{0,60}$/i;

/**
 * A count of time before or after another point of the narrative ("from 6% a month earlier",
 * "a week earlier", "two days later", "eight months after the election"). chrono counts from the
 * publication date; the text counts from the date it named before ("in the week ended May 1 ...
 * a week earlier" is April 24). With "earlier"/"later" (or "before"/"after" ending the clause)
 * the nearest date named before within `ANTECEDENT_REACH` is shifted; with none, or with an
 * event after "before"/"after" ("eight months after the election"), or a vague count ("a few
 * hours later"), or hours and minutes, it is no date we can give and is dropped.
 */
export const NARRATIVE_SHIFT = /\b(?:(?:more|less)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+|just\s+|only\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|a\s+few|few|several|many)\s+(minutes?|hours?|days?|weeks?|months?|years?)\s+(earlier|later|before|after)\b/gi;
/** After "before"/"after": punctuation or the end means "before that", a word names the event counted from. */
export const SHIFT_ENDS_CLAUSE = /^\s*(?:[.,;:!?)"”]|$)/;

/** "after five months", "after 20 years" (of war): a length of time, not a date. */
export const AFTER_SPAN = /^after\s+(?:(?:a\s+)?(?:few|couple(?:\s+of)?)|\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many)\s+(?:years?|months?|weeks?|days?|decades?|hours?|minutes?|seconds?)$/i;

/** "in the week ended May 1", "in the weeks since": which week is told by what follows, not by the reference. */
export const UNANCHORED_WEEK = /^in\s+the\s+weeks?$/i;

/** A mixed fraction ("22 1/2 years") and a slash pair that is no month/day ("24/7"). */
export const MIXED_FRACTION = /^\d+\s+\d\/\d{1,2}$/;
export const SLASH_PAIR = /^(\d{1,2})\/(\d{1,2})$/;

/**
 * A week named from the reference ("this week", "last week", "this past week", "next week"):
 * our values have no week, so it is given as the month it lies in (the year when it straddles
 * two months), never as a day chrono picks inside it. `BACKWARD_WEEK` words point one week back.
 */
export const WEEK_EXPRESSION = /^(?:this\s+past|this|last|past|previous|next|coming)\s+week$/i;
export const BACKWARD_WEEK = /^(?:this\s+past|last|past|previous)\b/i;
export const FORWARD_WEEK = /^(?:next|coming)\b/i;

/**
 * Seasons ("this fall", "last summer", "in the spring", "the fall of 2020"): our values have no
 * season, so it is given as its year. "the fall" needs "in", "during", "by" or "until" before it
 * and no "of" + word after ("the fall of Kabul" is an event); "Arab Spring" and "hot springs"
 * never match. Winter straddles two years and is left out unless a year is written.
 */
export const SEASON = /\b(?:(this|last|next|coming|past)\s+|(?:in|during|by|until|through)\s+the\s+)(spring|summer|fall|autumn|winter)\b(?:\s+of\s+(\d{4})\b)?(?!\s+of\s+(?!\d{4}\b)\S)/gi;
/** Months (1-12) each season starts and ends with, in the northern hemisphere of US news. */
export const SEASON_MONTHS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], fall: [9, 11], autumn: [9, 11] };

/**
 * "last <month>" naming the month just past means a year earlier: that month is "last month" to
 * a writer ("George Floyd last May" in June 2021 is May 2020; in the AllSides articles the four
 * "last <month>" all follow this). Across a new year ("last December" in January) the month just
 * past is meant, as the year changed.
 */
export const LAST_MONTH_SKIPS = true;

/**
 * Quarters with their year ("the third quarter of 2021", "the first quarter of last year",
 * "Q3 2021"): our values have no quarter, so it is given as its year. Without a year it is left
 * out: "the third quarter" is as often a game's as a year's.
 */
export const QUARTER = /\b(?:the\s+)?(?:first|second|third|fourth|final|last)\s+quarter\s+of\s+(?:(\d{4})\b|(this|last|next)\s+year\b)|\bQ[1-4]\s+(\d{4})\b/gi;
