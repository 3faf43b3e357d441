/**
 * The timeline: dated events of the story in order, each cited. An event is a sentence holding a
 * resolved date; the same event told by several articles (same date, same fact) is one entry
 * with a citation to each. Dates inside quotes and sentences that only give background ("since
 * 2017") are left out.
 *
 * A sentence is dated by the date of its own event, never by a date that only qualifies a thing
 * it mentions: in "Pompeo said delivery systems have evolved beyond those covered by the New
 * START treaty signed in 2010" and "the two sides appeared no nearer on the treaty that expires
 * in February 2021", the dates belong to the treaty (a relative or participle clause on a noun,
 * `NOUN_CLAUSE_*`), not to what the sentence reports; such a sentence is dated by another date in
 * its main clause or stays out of the timeline. Days within `NEWS_WINDOW_DAYS` of the article
 * are exempt: "a report released Thursday" is the news itself. A background event gets its own entry only when
 * a sentence tells it in its main clause ("The treaty was signed in 2010.").
 */
import type { DateMention, TimelineEvent } from '../core/types.js';
import { citeUnits } from './citations.js';
import type { Fact } from './facts.js';
import { cosine, type StoryIndex, type Unit } from './units.js';

/**
 * Expressions that date a state or a span rather than an event: "since May 2017", "until 2021",
 * "for the first time since 2017". Such a date is a reference point, not when something happened.
 */
const BACKGROUND_BEFORE = /\b(since|until|till|through|by|before|after|from)\s*$/i;

/** Most entries kept for one date: the best supported events of that day. */
export const EVENTS_PER_DATE = 3;

/**
 * A bare year followed by a noun names which thing ("the 2016 election", "its 2021 budget");
 * a year followed by punctuation or a function word dates something ("in 2016, ...").
 */
const ATTRIBUTIVE_YEAR_NEXT = /^\s+(?!(?:and|or|but|to|in|on|at|for|when|as|after|before|with|by|from|until|that|which|the|a|an|of|was|is|were|are|had|has)\b)\p{Ll}/u;

/**
 * A date between a determiner and a noun, or with a possessive, names which thing: "the
 * November 2016 election", "the 2016 US election", "next November's election".
 */
const DETERMINER_BEFORE = /\b(the|a|an|this|that|its|his|her|their|our|whose)\s*$/i;
const NOUN_AFTER = /^\s+(?!(?:and|or|but|to|in|on|at|for|when|as|after|before|with|by|from|until|that|which|was|is|were|are|had|has)\b)[\p{L}]/u;

/**
 * A date in a question or a supposition did not happen: "questions about whether Russia might
 * do so again in 2020". The marker must be in the same clause (no comma or semicolon between).
 */
const HYPOTHETICAL_CLAUSE = /\b(whether|if|might|could|would)\b[^,;:.!?]*$/i;

/**
 * A relative expression resolved more than a year past its reference ("the first recall in 18
 * years" read as 2039) is almost always a duration, not a date.
 */
const RELATIVE_FUTURE_LIMIT_YEARS = 1;

/** "in 18 years", "for two decades": a length of time, whatever analysis made of it. */
const DURATION_SURFACE = /^(in|for|over|within|after)\s+(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(years?|months?|weeks?|days?|decades?)$/i;

/**
 * A relative clause on a noun runs from its pronoun to the date with no clause break between
 * ("the treaty, which is slated to expire in 2021", "the treaty that expires in February 2021").
 * "that" after a verb of saying or finding opens what was said, not a relative clause ("officials
 * concluded that Russia interfered in 2016" dates the interference), see `REPORTING_THAT`.
 */
const NOUN_CLAUSE_RELATIVE = /\b(?:which|whose|that)\b[^,;:.!?()"“”]*$/i;
const REPORTING_THAT = /(?:\b(?:said|says|say|told|tells|concluded|found|finds|announced|denied|denies|warned|argued|claimed|claims|believes?|believed|noted|reported|added|insisted|stated|wrote|knew|know|showed|shows|suggested|suggests|revealed|confirmed|admitted|acknowledged|agreed|alleged|thinks?|thought|hoped|feared|learned|reiterated|repeated|stressed|emphasi[sz]ed|explained|predicted|promised|vowed|pledged|signaled|signalled|indicated|estimated|expects?|expected|decided|ruled|determined|declared|testified|tweeted|posted)\b(?:\s+[\p{L}’'-]+){0,5}|\b(?:so|such|now|fact|curious|clear|likely|possible|true)\b,?(?:\s+then,)?)\s+that\b[^,;:.!?()"“”]*$/iu;

/**
 * A participle clause on a noun that is the object of a preposition or verb: "covered by the New
 * START treaty signed in 2010", "beyond the limits set in 2018". The noun phrase is a determiner
 * and a few words; a participle right after a sentence's subject is its main verb ("The
 * president signed the treaty in 2010"), hence the preposition in front.
 */
const NOUN_CLAUSE_PARTICIPLE = /\b(?:by|of|in|on|for|with|from|to|under|over|about|against|beyond|after|before|into|than|like|including)\s+(?:the|a|an|its|their|his|her|this|that|these|those)\s+(?:(?!(?:and|or|but|has|have|had|was|were|is|are|be|been|being)\b)[\p{L}\d’'-]+\s+){0,4}(?:signed|held|passed|approved|enacted|adopted|launched|founded|built|created|established|ratified|negotiated|reached|struck|covered|made|issued|imposed|introduced|set|slated|scheduled|due|elected|published|released|filed|won|lost|fought|agreed)\b[^,;:.!?()"“”]{0,40}$/iu;

/**
 * Days this close to the article are the story's own news even inside a clause on a noun ("a
 * report released Thursday", "a shooting that erupted Wednesday", "a meeting scheduled on Oct.
 * 26"): the clause rule is for background, which is further away or known only to the month.
 */
export const NEWS_WINDOW_DAYS = 31;

function withinNewsWindow(d: DateMention, published: string | null): boolean {
  const anchor = d.reference ?? published?.slice(0, 10) ?? null;
  if (d.granularity !== 'day' || !anchor) return false;
  return Math.abs(Date.parse(d.value) - Date.parse(anchor)) <= NEWS_WINDOW_DAYS * 86400000;
}

/** The date qualifies a noun of the sentence (a relative or participle clause), not its event. */
function inNounClause(d: DateMention, u: Unit, text: string, published: string | null): boolean {
  if (withinNewsWindow(d, published)) return false;
  const before = text.slice(Math.max(u.start, d.start - 160), d.start);
  if (NOUN_CLAUSE_PARTICIPLE.test(before)) return true;
  return NOUN_CLAUSE_RELATIVE.test(before) && !REPORTING_THAT.test(before);
}

function implausibleRelative(d: DateMention, published: string | null): boolean {
  if (DURATION_SURFACE.test(d.surface.trim())) return true;
  // Years ahead of the article with no year written: a duration read as a date.
  if (published && !/\b\d{4}\b/.test(d.surface) && Number(d.value.slice(0, 4)) > Number(published.slice(0, 4)) + RELATIVE_FUTURE_LIMIT_YEARS) return true;
  if (!d.relative || !d.reference) return false;
  const limit = `${Number(d.reference.slice(0, 4)) + RELATIVE_FUTURE_LIMIT_YEARS}${d.reference.slice(4)}`;
  return d.value.slice(0, 4) > limit.slice(0, 4) || (d.value.length >= 7 && d.value > limit.slice(0, d.value.length));
}

function isEventDate(d: DateMention, u: Unit, text: string, published: string | null): boolean {
  if (implausibleRelative(d, published)) return false;
  if (HYPOTHETICAL_CLAUSE.test(text.slice(Math.max(u.start, d.start - 80), d.start))) return false;
  const before = text.slice(Math.max(u.start, d.start - 12), d.start);
  if (BACKGROUND_BEFORE.test(before)) return false;
  const after = text.slice(d.end, d.end + 30);
  // "2016's election" names which election; "Tuesday's meeting" is the meeting held on Tuesday
  if (/^['’]s\b/.test(after) && d.granularity !== 'day') return false;
  if (inNounClause(d, u, text, published)) return false;
  if (DETERMINER_BEFORE.test(before) && NOUN_AFTER.test(after)) return false;
  if (/^\d{4}$/.test(d.surface.trim()) && ATTRIBUTIVE_YEAR_NEXT.test(text.slice(d.end, d.end + 30))) return false;
  // A date inside a quotation is the speaker's, not the story's.
  if (u.quotes.some((q) => q.kind !== 'indirect' && d.start >= q.start && d.end <= q.end)) return false;
  return true;
}

export function timeline(facts: Fact[], index: StoryIndex): TimelineEvent[] {
  const factOf = new Map<Unit, Fact>();
  for (const f of facts) for (const u of f.units) factOf.set(u, f);
  // date value -> fact index -> units
  const byDate = new Map<string, { date: DateMention; entries: Map<Fact, Unit[]> }>();
  for (const u of index.content) {
    const { text, published } = index.story.articles[u.article].article;
    // One date per sentence: the most precise event date it holds, earliest on ties.
    const dates = u.dates.filter((d) => isEventDate(d, u, text, published));
    if (!dates.length) continue;
    const rankOf = { day: 0, month: 1, year: 2 } as const;
    const date = [...dates].sort((x, y) => rankOf[x.granularity] - rankOf[y.granularity] || x.start - y.start)[0];
    const fact = factOf.get(u);
    if (!fact) continue;
    let slot = byDate.get(date.value);
    if (!slot) byDate.set(date.value, (slot = { date, entries: new Map() }));
    let list = slot.entries.get(fact);
    if (!list) slot.entries.set(fact, (list = []));
    list.push(u);
  }
  const events: TimelineEvent[] = [];
  for (const [value, slot] of [...byDate].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))) {
    const entries = mergeSameEvent([...slot.entries].map(([fact, units]) => ({ fact, units: mergeWithFact(units, fact, value) })))
      .sort((x, y) => new Set(y.units.map((u) => u.source)).size - new Set(x.units.map((u) => u.source)).size || y.fact.importance - x.fact.importance)
      .slice(0, EVENTS_PER_DATE);
    for (const { units } of entries) {
      const lead = units.find((u) => !u.opener) ?? units[0];
      events.push({
        date: value,
        granularity: slot.date.granularity,
        text: lead.text,
        citations: citeUnits([lead, ...units]),
      });
    }
  }
  return events;
}

/**
 * Two accounts of one day's event in different words ("Newsom defeated a Republican-backed
 * effort to remove him ... on Tuesday" / "... triumphing over an effort to recall him Tuesday")
 * are one entry: same date, a party in common and some words in common.
 */
export const SAME_EVENT = 0.15;
function mergeSameEvent(entries: { fact: Fact; units: Unit[] }[]): { fact: Fact; units: Unit[] }[] {
  const out: { fact: Fact; units: Unit[] }[] = [];
  const parties = (units: Unit[]) => new Set(units.flatMap((u) => [...u.entities]));
  for (const e of entries) {
    const target = out.find((o) => {
      if (o.units.some((u) => e.units.some((v) => v.article === u.article))) return false;
      const p = parties(o.units);
      if (![...parties(e.units)].some((x) => p.has(x))) return false;
      return cosine(o.units[0].vector, e.units[0].vector) >= SAME_EVENT;
    });
    if (target) target.units.push(...e.units);
    else out.push({ fact: e.fact, units: [...e.units] });
  }
  return out;
}

/** The dated units of a fact plus its other units that carry the same date (or none). */
function mergeWithFact(units: Unit[], fact: Fact, value: string): Unit[] {
  const extra = fact.units.filter((u) => !units.includes(u) && (u.dates.length === 0 || u.dates.some((d) => d.value === value)));
  return [...units, ...extra];
}
