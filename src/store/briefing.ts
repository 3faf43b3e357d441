/**
 * A story's briefing, from the cache when the story has not changed since it was made, else
 * synthesised from the stored analyses (and cached under the story's version).
 */
import type { Briefing, Story } from '../core/types.js';
import { dateUndatedArticles } from '../pipeline.js';
import { synthesize, type SynthesizeOptions } from '../synthesize/index.js';
import type { Store, StoredStory } from './types.js';

/** The briefing of a stored story, or null when there is no such story. */
export async function briefingOf(
  store: Store,
  storyId: string,
  opts: SynthesizeOptions = {},
  /** the story, when the caller has just read it */
  known?: StoredStory | null,
): Promise<{ story: StoredStory; briefing: Briefing } | null> {
  const stored = known === undefined ? await store.getStory(storyId) : known;
  if (!stored) return null;
  // options change the briefing, so only the default one is cached
  const cacheable = opts.words === undefined;
  if (cacheable) {
    const cached = await store.getBriefing(stored.id, stored.version);
    if (cached) return { story: stored, briefing: cached };
  }
  const articles = await store.getAnalyzed(stored.articleIds);
  const story: Story = { id: stored.id, title: stored.title, articles, copies: stored.copies, offTopic: stored.offTopic };
  const briefing = synthesize(dateUndatedArticles(story), opts);
  if (cacheable) await store.putBriefing(stored.id, stored.version, briefing);
  return { story: stored, briefing };
}
