/**
 * Entity-level scoring against hand-labelled entities (fixtures/analyze/entities-sample):
 * one row per entity an article names. A found entity matches a labelled one of the same type
 * when its name or one of its variants equals the label's name or one of its aliases (case,
 * diacritics and periods folded); each side matches at most once, so a person split in two
 * costs precision. Used by the floor test and by `bench/analyze.ts --entities`.
 */
import type { Entity, EntityType } from '../../core/types.js';
import { fold } from './names.js';

/** One labelled entity. */
export interface LabelledEntity {
  /** the name as labelled */
  name: string;
  /** its type */
  type: EntityType;
  /** other spellings the article uses */
  aliases?: string[];
}

/** Counts of one comparison; sums over articles give the scores. */
export interface EntityCounts {
  /** found entities that match a label */
  matched: number;
  /** entities found */
  found: number;
  /** labelled entities */
  labelled: number;
  /** found entities with no label (`type:name`) */
  spurious: string[];
  /** labels nothing matched (`type:name`) */
  missed: string[];
}

export function compareEntities(labelled: LabelledEntity[], found: Entity[], opts: { ignoreType?: boolean } = {}): EntityCounts {
  const used = new Set<number>();
  const spurious: string[] = [];
  let matched = 0;
  const keys = labelled.map((l) => new Set([l.name, ...(l.aliases ?? [])].map(fold)));
  for (const e of found) {
    const names = [e.name, ...e.variants].map(fold);
    const i = labelled.findIndex((l, k) => !used.has(k) && (opts.ignoreType || l.type === e.type) && names.some((n) => keys[k].has(n)));
    if (i >= 0) {
      used.add(i);
      matched++;
    } else spurious.push(`${e.type}:${e.name}`);
  }
  const missed = labelled.filter((_, k) => !used.has(k)).map((l) => `${l.type}:${l.name}`);
  return { matched, found: found.length, labelled: labelled.length, spurious, missed };
}

/** Precision, recall and F1 of summed counts. */
export function prf(counts: EntityCounts[]): { precision: number; recall: number; f1: number } {
  const matched = counts.reduce((n, c) => n + c.matched, 0);
  const found = counts.reduce((n, c) => n + c.found, 0);
  const labelled = counts.reduce((n, c) => n + c.labelled, 0);
  const precision = found ? matched / found : 0;
  const recall = labelled ? matched / labelled : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
