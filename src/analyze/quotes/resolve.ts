/**
 * Speaker resolution: from the source expression of a quote ("he", "the Russian diplomat",
 * "White House spokesman Judd Deere", "Lavrov") to a named entity of the article, where the
 * text allows. Rules are tried from the most specific to the last resort.
 */
import type { Entity, Speaker, Span } from '../../core/types.js';
import { nameGender, type Gender } from '../entities/gender.js';
import type { Subject } from './speaker.js';

/** A speaker already seen in the article, for pronouns that refer back to it. */
export interface SeenSpeaker {
  /** where the source expression was */
  at: number;
  /** the resolved speaker */
  speaker: Speaker;
  /** the entity type when resolved */
  type: Entity['type'] | null;
}

/** Pronouns and what they may refer to. */
// possessives name the holder of a noun cue ("his claim that", "its prediction that")
const PERSON_PRONOUNS = new Set(['he', 'she', 'i', 'his', 'her', 'my']);
const GROUP_PRONOUNS = new Set(['they', 'we', 'it', 'its', 'their', 'our']);

/** The gender a personal pronoun asks of its person ("I" and "my" ask none). */
const PRONOUN_GENDER = new Map<string, Gender>([
  ['he', 'm'],
  ['his', 'm'],
  ['she', 'f'],
  ['her', 'f'],
]);

/** A definite article or demonstrative opening a description that refers back ("the Russian diplomat"). */
const DEFINITE = /^(?:the|this|that)\s+\S/i;

/**
 * Head nouns of descriptions that say who a person is rather than what office they hold ("the
 * Russian diplomat", "the New York Democrat", "the billionaire"): these may refer back to the
 * person named last. An office ("the senator", "the mayor") refers only to a person holding it
 * (step 5), and nouns that often stand for someone unnamed ("the official", "the source") to no one.
 */
const DESCRIPTION_HEADS = new Set(
  `diplomat democrat republican billionaire businessman businesswoman mogul tycoon magnate candidate nominee frontrunner
  front-runner hopeful incumbent challenger politician strongman dictator autocrat actor actress singer rapper star comedian
  author novelist lawmaker legislator`.split(/\s+/),
);

/** Abbreviated titles as the role words they stand for ("Sen. Graham" is a senator). */
const ROLE_SPELLINGS = new Map([
  ['sen.', 'senator'], ['sen', 'senator'], ['gov.', 'governor'], ['gov', 'governor'], ['rep.', 'representative'],
  ['rep', 'representative'], ['congressman', 'representative'], ['congresswoman', 'representative'], ['gen.', 'general'],
  ['pres.', 'president'], ['sec.', 'secretary'],
]);

/** The words of a role, abbreviations spelled out: "Sen." -> ["senator"]. */
function roleWords(role: string): string[] {
  return role.toLowerCase().split(/\s+/).map((w) => ROLE_SPELLINGS.get(w) ?? w);
}

/** The entity ids of the speakers seen before an offset and in reach, the last first. */
function* speakersBefore(seen: SeenSpeaker[], at: number): Generator<string> {
  for (let k = seen.length - 1; k >= 0; k--) {
    if (seen[k].at >= at) continue;
    if (at - seen[k].at > PRONOUN_REACH) return;
    if (seen[k].speaker.entity) yield seen[k].speaker.entity!;
  }
}

/** The last speaker before an offset, in reach, that is one of the candidates. */
function lastSpeakerAmong(candidates: Entity[], seen: SeenSpeaker[], at: number): Entity | undefined {
  for (const id of speakersBefore(seen, at)) {
    const e = candidates.find((x) => x.id === id);
    if (e) return e;
  }
  return undefined;
}

/** The head noun of a role: the word before "of" ("Secretary of State"), else the last word ("Russian Foreign Minister"). */
function roleHead(role: string): string {
  const words = roleWords(role);
  const of = words.indexOf('of');
  return of > 0 ? words[of - 1] : words[words.length - 1];
}

/** Parties a description may name, by the words that name them. */
const PARTY_OF = new Map([
  ['democrat', 'd'], ['democratic', 'd'], ['democrats', 'd'], ['republican', 'r'], ['republicans', 'r'], ['gop', 'r'],
]);

/** Head nouns that say a person's gender ("the New York businessman" is not Hillary Clinton). */
const HEAD_GENDER = new Map<string, Gender>([
  ['businessman', 'm'], ['congressman', 'm'], ['chairman', 'm'], ['actor', 'm'], ['king', 'm'], ['prince', 'm'], ['spokesman', 'm'],
  ['businesswoman', 'f'], ['congresswoman', 'f'], ['chairwoman', 'f'], ['actress', 'f'], ['queen', 'f'], ['princess', 'f'], ['spokeswoman', 'f'],
]);

/**
 * Whether a description (its words, lowercase) fits a person: not a gender their names do not
 * have ("the New York businessman" is not Hillary Clinton), and a party only when their roles
 * name it ("the Democratic nominee" is not the Republican nominee, nor someone of no known party).
 */
function compatible(words: string[], e: Entity): boolean {
  const gender = HEAD_GENDER.get(words[words.length - 1]);
  if (gender && (nameGender([e.name, ...e.variants]) ?? gender) !== gender) return false;
  const party = words.map((w) => PARTY_OF.get(w)).find(Boolean);
  return !party || e.roles.flatMap(roleWords).some((w) => PARTY_OF.get(w) === party);
}

/** Words that make an organisation's name a public body's. */
const PUBLIC_BODY = /\b(?:department|ministry|agency|administration|bureau|service|commission|committee|council|court|senate|house|congress|parliament|government|office|centers?|institutes?|police|army|navy|military|party|organi[sz]ation|union|nations|fbi|cia|fda|cdc|nasa|epa|irs|dhs|doj|pentagon|white house|kremlin)\b/i;

/** Words of a news outlet's name. */
const MEDIA = /\b(?:news|times|post|journal|tribune|herald|gazette|telegraph|guardian|press|review|magazine|network|radio|television|tv|channel|daily|weekly|wire|forbes|reuters|bloomberg|cnn|nbc|abc|cbs|fox|msnbc|bbc|npr|pbs|politico|axios|huffpost|breitbart|bfmtv|c-span|univision|telemundo)\b/i;

/**
 * Kinds of organisation a description names by its head noun, each with what the organisation's
 * names must show: a public body's word for "the agency", "the ministry"; no public body's word
 * for "the company", "the firm" ("the company said" after YouTube is YouTube, not the WHO).
 */
const ORG_KINDS: [RegExp, (names: string) => boolean][] = [
  // (not a news outlet, which is quoted as a source, nor an acronym, most often a public body or an association)
  [/^(?:company|firm|corporation|carmaker|automaker|drugmaker|retailer|insurer|conglomerate|giant)$/, (names) => !PUBLIC_BODY.test(names) && !MEDIA.test(names) && !/^\p{Lu}{2,6}\b/u.test(names)],
  [/^(?:network|broadcaster|channel)$/, (names) => /\b(?:network|tv|television|radio|channel|cnn|nbc|abc|cbs|fox|msnbc|bbc|npr|pbs|c-span|univision|telemundo|bfmtv)\b/i.test(names)],
  [/^(?:newspaper|paper)$/, (names) => /\b(?:times|post|journal|tribune|herald|gazette|telegraph|guardian|daily|globe|chronicle|inquirer|observer|star|sun|examiner|free press)\b/i.test(names)],
  [/^(?:airline|carrier)$/, (names) => /air(?:lines?|ways)?\b/i.test(names)],
  [/^(?:bank|lender)$/, (names) => /bank/i.test(names)],
  [/^(?:agency|administration|bureau|service)$/, (names) => /\b(?:agency|administration|bureau|service|centers?|fda|cdc|epa|nasa|fbi|cia|irs|usgs|noaa|faa|tsa|ice)\b/i.test(names)],
  [/^(?:department|ministry)$/, (names) => /\b(?:department|ministry|pentagon|dhs|doj|state department)\b/i.test(names)],
  [/^(?:campaign)$/, (names) => /\bcampaign\b/i.test(names)],
  [/^(?:party)$/, (names) => /\bparty\b/i.test(names)],
  [/^(?:union)$/, (names) => /\b(?:union|federation)\b/i.test(names)],
  [/^(?:committee|commission|council)$/, (names) => /\b(?:committee|commission|council)\b/i.test(names)],
];

/**
 * Whether an unresolved speaker's name can be one person's, for "he" or "she": capitalised, at most
 * three words, not a group or a description ("Few people", "Many Mexicans", "The Europeans",
 * "Birchers", "The Republican").
 */
function personLike(name: string): boolean {
  const words = name.split(/\s+/);
  if (!/^\p{Lu}/u.test(name) || words.length > 3) return false;
  if (/^(?:the|a|an|few|many|most|some|several|all|both|other|others|these|those|more|no)$/i.test(words[0])) return false;
  // (a single word in a plural "-s" is a group: "Birchers", "Mexicans")
  return words.length > 1 || !/[^s]s$/.test(words[0]);
}

/** How far back (in characters) a pronoun may refer: about three paragraphs of news. */
const PRONOUN_REACH = 1500;

interface IndexedMention {
  start: number;
  end: number;
  entity: Entity;
  form: 'name' | 'title' | 'pronoun';
}

export class SpeakerResolver {
  private readonly mentions: IndexedMention[];
  /** persons by the head noun of each of their roles ("senator" -> the senators named) */
  private readonly byRoleHead = new Map<string, Entity[]>();
  private readonly byId: Map<string, Entity>;

  constructor(
    private readonly text: string,
    private readonly entities: Entity[],
  ) {
    this.mentions = entities
      .flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity, form: m.form })))
      .sort((a, b) => a.start - b.start);
    this.byId = new Map(entities.map((e) => [e.id, e]));
    for (const e of entities) {
      if (e.type !== 'person') continue;
      for (const head of new Set(e.roles.map(roleHead))) {
        const list = this.byRoleHead.get(head);
        if (list) list.push(e);
        else this.byRoleHead.set(head, [e]);
      }
    }
  }

  resolve(subject: Subject, seen: SeenSpeaker[]): { speaker: Speaker; type: Entity['type'] | null } {
    const surface = this.text.slice(subject.start, subject.end);
    const span: Span = { start: subject.start, end: subject.end };
    const unresolved = { speaker: { name: surface, entity: null, span }, type: null };
    if (subject.form === 'pronoun') {
      const p = surface.toLowerCase();
      const wanted: Entity['type'][] = PERSON_PRONOUNS.has(p) ? ['person'] : GROUP_PRONOUNS.has(p) ? ['organization', 'place'] : [];
      // "she" is not "Mr. Obama", "he" not "Hillary Clinton"; a person of unknown gender agrees with both
      const gender: Gender | null = PRONOUN_GENDER.get(p) ?? null;
      const agrees = (names: string[]) => !gender || (nameGender(names) ?? gender) === gender;
      // 1. the most recent speaker of a compatible kind (news keeps talking about the last speaker)
      for (let k = seen.length - 1; k >= 0; k--) {
        const s = seen[k];
        if (subject.start - s.at > PRONOUN_REACH) break;
        if (s.at >= subject.start) continue;
        if (s.type && wanted.includes(s.type) && (s.type !== 'person' || agrees(this.namesOf(s.speaker)))) return { speaker: { ...s.speaker, span }, type: s.type };
        if (!s.type && p !== 'it' && PERSON_PRONOUNS.has(p) && personLike(s.speaker.name) && agrees([s.speaker.name])) {
          // an unresolved named speaker ("Lavrov said ... he said") when entities are unavailable
          return { speaker: { name: s.speaker.name, entity: null, span }, type: null };
        }
      }
      // 2. the most recent named mention of a compatible entity before the pronoun (a place only
      //    when it has spoken: "a conference in Anchorage. It promised ..." is not Anchorage)
      const m = this.lastMentionBefore(subject.start, (x) => wanted.includes(x.entity.type) && x.entity.type !== 'place' && x.form === 'name' && (x.entity.type !== 'person' || agrees([x.entity.name, ...x.entity.variants])));
      if (m && subject.start - m.end <= PRONOUN_REACH) return { speaker: { name: m.entity.name, entity: m.entity.id, span }, type: m.entity.type };
      return unresolved;
    }
    // 3. a mention inside the phrase: the last one is the head ("White House spokesman Judd Deere")
    // a name is the speaker only as the head (end) of the phrase: "White House spokesman Judd
    // Deere" is Judd Deere, "the Biden administration" is not Biden, "U.S. intelligence
    // agencies" is not the United States
    const tail = this.text.slice(subject.start, subject.end).replace(/['’]s$/, '').length + subject.start;
    const inside = this.mentionsIn(subject).filter((m) => m.end <= subject.end && m.form !== 'pronoun' && m.end >= tail);
    if (inside.length) {
      const persons = inside.filter((m) => m.entity.type === 'person');
      let head = (persons.length ? persons : inside).reduce((a, b) => (b.end >= a.end ? b : a));
      // "Jim Clyburn of South Carolina", "Kim Smith of the Tax Foundation": a person named before
      // "of" and the place or body the person is from; the person speaks
      if (head.entity.type !== 'person') {
        const of = /\s+of\s+(?:the\s+)?$/i.exec(this.text.slice(subject.start, head.start));
        const owner = of ? this.mentionsIn(subject).find((m) => m.entity.type === 'person' && m.form === 'name' && m.end === subject.start + of.index) : undefined;
        if (owner) head = owner;
      }
      return { speaker: { name: head.entity.name, entity: head.entity.id, span }, type: head.entity.type };
    }
    // 3b. a phrase cut inside a longer name ("Drug Administration" of "the U.S. Food and Drug
    // Administration"): the name around it
    const around = this.lastMentionBefore(subject.end, (m) => m.start < subject.start && m.end >= tail && m.form === 'name');
    if (around) return { speaker: { name: around.entity.name, entity: around.entity.id, span }, type: around.entity.type };
    // 4. a name variant written the same way ("Lavrov" for "Sergey Lavrov")
    const bare = surface.replace(/^(?:the|a|an)\s+/i, '');
    const lower = bare.toLowerCase();
    const byVariant = this.entities.filter((e) => e.variants.some((v) => v.toLowerCase() === lower) || e.name.toLowerCase() === lower);
    if (byVariant.length === 1) return { speaker: { name: byVariant[0].name, entity: byVariant[0].id, span }, type: byVariant[0].type };
    // 5. a description whose head noun is a role of a person seen before ("the Russian foreign
    // minister", "the Vermont senator"), nothing in it at odds with that person. Names in it
    // ("Vermont", "French") must be in that person's role, else the person must be the last one
    // quoted with that role: "the French president" after "Obama met Hollande" is not Obama.
    const description = DEFINITE.exec(bare === surface ? '' : surface) ? bare : null;
    if (subject.form === 'title' || description) {
      const words = lower.replace(/['’]s$/, '').split(/\s+/).filter(Boolean);
      const head = ROLE_SPELLINGS.get(words[words.length - 1]) ?? words[words.length - 1];
      const named = (description ?? '').split(/\s+/).slice(0, -1).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase());
      const candidates = (this.byRoleHead.get(head) ?? []).filter((e) => compatible(words, e));
      const byRole = named.length ? candidates.filter((e) => e.roles.some((r) => named.every((w) => roleWords(r).includes(w)))) : candidates;
      const nearest = byRole
        .map((e) => ({ e, last: lastStartBefore(e, subject.start) }))
        .filter((c) => c.last >= 0)
        .sort((a, b) => b.last - a.last)[0]?.e;
      // another person named since then makes "the senator" ambiguous: then only the last one
      // quoted with the role is meant
      const since = nearest && this.lastMentionBefore(subject.start, (m) => m.entity.type === 'person' && m.form === 'name');
      const best = nearest && (!since || since.entity === nearest) ? nearest : lastSpeakerAmong(nearest ? byRole : candidates, seen, subject.start);
      if (best) return { speaker: { name: best.name, entity: best.id, span }, type: 'person' };
    }
    // 6. a definite description of who a person is ("the Russian diplomat"): the person named
    // last before it whose role holds its modifiers ("Russian Foreign Minister Sergey Lavrov").
    // Nearness alone is not enough: "the candidate", "the businessman" or "the New York Democrat"
    // stays as written when no role says who it is (measured: about 4 in 10 wrong by nearness)
    if (description) {
      const person = this.describedPerson(description, subject.start);
      if (person) return { speaker: { name: person.name, entity: person.id, span }, type: 'person' };
      // 7. an organisation by its kind ("the company", "the agency"): the last organisation
      // quoted or named before it whose name is of that kind
      const org = this.describedOrganisation(description, subject.start, seen);
      if (org) return { speaker: { name: org.name, entity: org.id, span }, type: 'organization' };
    }
    return unresolved;
  }

  /** The person a definite description (without its article) refers back to, or null (see `resolve`, step 6). */
  private describedPerson(description: string, at: number): Entity | null {
    const words = description.toLowerCase().replace(/['’]s$/, '').split(/\s+/);
    if (!DESCRIPTION_HEADS.has(words[words.length - 1])) return null;
    const modifiers = words.slice(0, -1).filter((w) => /^\p{L}/u.test(w));
    if (!modifiers.length) return null;
    for (let k = this.firstMentionAt(at) - 1; k >= 0 && at - this.mentions[k].end <= PRONOUN_REACH; k--) {
      const e = this.mentions[k].entity;
      if (e.type === 'person' && compatible(words, e) && e.roles.some((r) => modifiers.every((w) => roleWords(r).includes(w)))) return e;
    }
    return null;
  }

  /** The organisation a definite description of its kind refers back to, or null (see `resolve`, step 7). */
  private describedOrganisation(description: string, at: number, seen: SeenSpeaker[]): Entity | null {
    const words = description.toLowerCase().split(/\s+/);
    if (words.length > 3) return null;
    const kind = ORG_KINDS.find(([heads]) => heads.test(words[words.length - 1]));
    if (!kind) return null;
    const fits = (e: Entity | undefined): e is Entity => !!e && e.type === 'organization' && kind[1]([e.name, ...e.variants].join(' | '));
    for (const id of speakersBefore(seen, at)) {
      const e = this.byId.get(id);
      if (fits(e)) return e;
    }
    return this.lastMentionBefore(at, (m) => m.form === 'name' && fits(m.entity))?.entity ?? null;
  }

  /** The names a resolved speaker goes by: its entity's name and variants, or its own name. */
  private namesOf(speaker: Speaker): string[] {
    const e = speaker.entity ? this.byId.get(speaker.entity) : undefined;
    return e ? [e.name, ...e.variants] : [speaker.name];
  }

  /** Index of the first mention starting at or after an offset (binary search: bounded work on long texts). */
  private firstMentionAt(offset: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Mentions starting inside the span. */
  private mentionsIn(span: Span): IndexedMention[] {
    const out: IndexedMention[] = [];
    for (let k = this.firstMentionAt(span.start); k < this.mentions.length && this.mentions[k].start < span.end; k++) out.push(this.mentions[k]);
    return out;
  }

  private lastMentionBefore(offset: number, ok: (m: IndexedMention) => boolean): IndexedMention | null {
    for (let k = this.firstMentionAt(offset) - 1; k >= 0 && offset - this.mentions[k].end <= PRONOUN_REACH; k--) if (ok(this.mentions[k])) return this.mentions[k];
    return null;
  }
}

function lastStartBefore(e: Entity, offset: number): number {
  let best = -1;
  for (const m of e.mentions) if (m.start < offset && m.start > best) best = m.start;
  return best;
}
