/**
 * Links the entities of several articles (a story) into one list, merging name variants across
 * articles, in this order:
 *
 *   1. organisations and places by type and canonical name (aliases were resolved per article)
 *   2. people with a given name and a surname: same surname (or a one-edit transliteration,
 *      "Zelenskiy"/"Zelensky") and the same given name up to variants ("Sergei"/"Sergey" by the
 *      table, or one edit for long names); middle initials ignored ("Donald J. Trump")
 *   3. people known by one name only in an article ("Trump" from "President Trump"): to the
 *      full-named person of the story with that surname, when there is exactly one
 *
 * The canonical name is the most complete frequent form across the story: a full name before
 * a single word, then the most articles, then the most mentions, then the most name words
 * ("Sergey Lavrov" in three articles beats "Sergei Lavrov" in one).
 */
import type { AnalyzedArticle, BriefEntity, Entity } from '../../core/types.js';
import { coreWords, fold, sameGivenName, sameSurname } from './names.js';

/** An entity of a story, with the per-article entity ids it merges. */
export interface StoryEntity extends BriefEntity {
  /** key of the merged entity, e.g. `person:sergey lavrov` */
  id: string;
  /** `articleId -> entity id within that article` for every article that mentions it */
  members: Map<string, string>;
}

interface Group {
  entities: { article: string; entity: Entity }[];
  given: string;
  surname: string;
}

/**
 * The key under which organisation and place names of several articles meet: folded, without a
 * leading "the", a country written out or abbreviated alike ("U.S. Geological Survey" / "United
 * States Geological Survey", "the UK Treasury" / "United Kingdom Treasury"); the United States
 * left out of its own bodies ("U.S. Central Command" / "Central Command").
 */
function nameKey(name: string): string {
  return fold(name)
    .replace(/'/g, '') // "Workers' Federation" / "Workers Federation"
    .replace(/^the /, '')
    // ("U.S. Central Command" is the "Central Command" of another article: the country goes)
    .replace(/^(?:united states|us) (?=\S)/, '')
    .replace(/^united kingdom (?=\S)/, 'uk ');
}

export function linkEntities(articles: AnalyzedArticle[]): StoryEntity[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const persons: Group[] = [];
  const singles: { article: string; entity: Entity; surname: string }[] = [];
  for (const a of articles) {
    for (const e of a.entities) {
      const item = { article: a.article.id, entity: e };
      if (e.type !== 'person') {
        const key = `${e.type}:${nameKey(e.name)}`;
        let g = byKey.get(key);
        if (!g) groups.push((g = { entities: [], given: '', surname: '' }));
        byKey.set(key, g);
        g.entities.push(item);
        continue;
      }
      const core = coreWords(e.name.split(/\s+/)).map(fold);
      if (core.length < 2) {
        singles.push({ ...item, surname: core[0] ?? fold(e.name) });
        continue;
      }
      const given = core[0];
      const surname = core[core.length - 1];
      let g = persons.find((p) => sameSurname(p.surname, surname) && sameGivenName(p.given, given));
      if (!g) {
        g = { entities: [], given, surname };
        groups.push(g);
        persons.push(g);
      }
      g.entities.push(item);
    }
  }
  for (const s of singles) {
    const candidates = persons.filter((p) => sameSurname(p.surname, s.surname));
    // else a first name used alone for one person of the story ("Hillary"; "Tsai" for Tsai
    // Ing-wen, whose family name comes first), as within an article
    const byGiven = candidates.length ? [] : persons.filter((p) => sameGivenName(p.given, s.surname));
    let g = candidates.length === 1 ? candidates[0] : byGiven.length === 1 ? byGiven[0] : undefined;
    if (!g) {
      const key = `person:${s.surname}`;
      g = byKey.get(key);
      if (!g) {
        g = { entities: [], given: '', surname: s.surname };
        byKey.set(key, g);
        groups.push(g);
      }
    }
    g.entities.push(s);
  }
  return groups
    .map(toStoryEntity)
    .sort((x, y) => y.articles - x.articles || y.mentions - x.mentions || x.name.localeCompare(y.name));
}

function toStoryEntity(g: Group): StoryEntity {
  const type = g.entities[0].entity.type;
  // the most complete frequent name: most name words, then articles, then mentions
  const names = new Map<string, { words: number; articles: Set<string>; mentions: number }>();
  for (const { article, entity } of g.entities) {
    const n = names.get(entity.name) ?? { words: coreWords(entity.name.split(/\s+/)).length, articles: new Set<string>(), mentions: 0 };
    n.articles.add(article);
    n.mentions += entity.mentions.length;
    names.set(entity.name, n);
  }
  const full = (words: number) => (words >= 2 ? 1 : 0);
  const name = [...names.entries()].sort((a, b) => full(b[1].words) - full(a[1].words) || b[1].articles.size - a[1].articles.size || b[1].mentions - a[1].mentions || b[1].words - a[1].words || a[0].split(' ').length - b[0].split(' ').length || a[0].localeCompare(b[0]))[0][0];
  const members = new Map<string, string>();
  const variants: string[] = [];
  const roles: string[] = [];
  let mentions = 0;
  for (const { article, entity } of g.entities) {
    if (!members.has(article)) members.set(article, entity.id);
    mentions += entity.mentions.length;
    for (const v of [entity.name, ...entity.variants]) if (!variants.some((x) => x.toLowerCase() === v.toLowerCase())) variants.push(v);
    for (const r of entity.roles) if (!roles.some((x) => x.toLowerCase() === r.toLowerCase())) roles.push(r);
  }
  return { id: `${type}:${name.toLowerCase()}`, name, type, variants, roles, articles: members.size, mentions, members };
}
