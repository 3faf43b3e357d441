/**
 * Links the entities of several articles (a story) into one list, merging name variants across
 * articles (Sergei Lavrov / Sergey Lavrov). (First version: by exact canonical name.)
 */
import type { AnalyzedArticle, BriefEntity, EntityType } from '../../core/types.js';

/** An entity of a story, with the per-article entity ids it merges. */
export interface StoryEntity extends BriefEntity {
  /** key of the merged entity, e.g. `person:sergey lavrov` */
  id: string;
  /** `articleId -> entity id within that article` for every article that mentions it */
  members: Map<string, string>;
}

export function linkEntities(articles: AnalyzedArticle[]): StoryEntity[] {
  const byKey = new Map<string, StoryEntity>();
  for (const a of articles) {
    for (const e of a.entities) {
      const key = `${e.type}:${e.name.toLowerCase()}`;
      let merged = byKey.get(key);
      if (!merged) {
        merged = { id: key, name: e.name, type: e.type as EntityType, variants: [], roles: [], articles: 0, mentions: 0, members: new Map() };
        byKey.set(key, merged);
      }
      merged.members.set(a.article.id, e.id);
      merged.articles = merged.members.size;
      merged.mentions += e.mentions.length;
      for (const v of e.variants) if (!merged.variants.includes(v)) merged.variants.push(v);
      for (const r of e.roles) if (!merged.roles.includes(r)) merged.roles.push(r);
    }
  }
  return [...byKey.values()].sort((x, y) => y.articles - x.articles || y.mentions - x.mentions || x.name.localeCompare(y.name));
}
