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

  constructor(
    private readonly text: string,
    private readonly entities: Entity[],
  ) {
    this.mentions = entities
      .flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity, form: m.form })))
      .sort((a, b) => a.start - b.start);
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
        if (!s.type && p !== 'it' && PERSON_PRONOUNS.has(p) && /^\p{Lu}/u.test(s.speaker.name) && s.speaker.name.split(/\s+/).length <= 3 && agrees([s.speaker.name])) {
          // an unresolved named speaker ("Lavrov said ... he said") when entities are unavailable
          return { speaker: { name: s.speaker.name, entity: null, span }, type: null };
        }
      }
      // 2. the most recent named mention of a compatible entity before the pronoun
      const m = this.lastMentionBefore(subject.start, (x) => wanted.includes(x.entity.type) && x.form === 'name' && (x.entity.type !== 'person' || agrees([x.entity.name, ...x.entity.variants])));
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
      const head = (persons.length ? persons : inside).reduce((a, b) => (b.end >= a.end ? b : a));
      return { speaker: { name: head.entity.name, entity: head.entity.id, span }, type: head.entity.type };
    }
    // 4. a name variant written the same way ("Lavrov" for "Sergey Lavrov")
    const bare = surface.replace(/^(?:the|a|an)\s+/i, '');
    const lower = bare.toLowerCase();
    const byVariant = this.entities.filter((e) => e.variants.some((v) => v.toLowerCase() === lower) || e.name.toLowerCase() === lower);
    if (byVariant.length === 1) return { speaker: { name: byVariant[0].name, entity: byVariant[0].id, span }, type: byVariant[0].type };
    // 5. a description whose head noun is a role of a person seen before ("the Russian foreign minister")
    if (subject.form === 'title') {
      const words = lower.split(/\s+/).filter(Boolean);
      const head = words[words.length - 1];
      if (head && words.length >= 1) {
        const candidates = this.entities.filter((e) => e.type === 'person' && e.roles.some((r) => r.toLowerCase().split(/\s+/).includes(head)));
        if (candidates.length) {
          const best = candidates
            .map((e) => ({ e, last: lastStartBefore(e, subject.start) }))
            .filter((c) => c.last >= 0)
            .sort((a, b) => b.last - a.last)[0];
          if (best) return { speaker: { name: best.e.name, entity: best.e.id, span }, type: 'person' };
        }
      }
    }
    return unresolved;
  }

  /** The names a resolved speaker goes by: its entity's name and variants, or its own name. */
  private namesOf(speaker: Speaker): string[] {
    const e = speaker.entity ? this.entities.find((x) => x.id === speaker.entity) : undefined;
    return e ? [e.name, ...e.variants] : [speaker.name];
  }

  /** Mentions starting inside the span (binary search: bounded work on long texts). */
  private mentionsIn(span: Span): IndexedMention[] {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < span.start) lo = mid + 1;
      else hi = mid;
    }
    const out: IndexedMention[] = [];
    for (let k = lo; k < this.mentions.length && this.mentions[k].start < span.end; k++) out.push(this.mentions[k]);
    return out;
  }

  private lastMentionBefore(offset: number, ok: (m: IndexedMention) => boolean): IndexedMention | null {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && offset - this.mentions[k].end <= PRONOUN_REACH; k--) if (ok(this.mentions[k])) return this.mentions[k];
    return null;
  }
}

function lastStartBefore(e: Entity, offset: number): number {
  let best = -1;
  for (const m of e.mentions) if (m.start < offset && m.start > best) best = m.start;
  return best;
}
