/** The people, organisations and places of a story, as linked across its articles. */
import type { StoryEntity } from '../analyze/entities/link.js';
import type { BriefEntity } from '../core/types.js';

export function briefEntities(entities: StoryEntity[]): BriefEntity[] {
  return entities.map(({ name, type, variants, roles, articles, mentions }) => ({ name, type, variants, roles, articles, mentions }));
}
