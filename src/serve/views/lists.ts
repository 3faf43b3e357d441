/** The story list and the search results. */
import { escapeHtml } from '../../render/html.js';
import { MARK_END, MARK_START } from '../../store/index.js';
import type { Page, SearchHit, StoryOrder, StorySummary } from '../../store/types.js';
import { day, storyHref } from './layout.js';

/** The story list with its order tabs and pager. */
export function storyListBody(stories: Page<StorySummary>, order: StoryOrder, offset: number, limit: number): string {
  const tab = (o: StoryOrder, label: string) => `<a href="/?order=${o}"${o === order ? ' aria-current="page"' : ''}>${label}</a>`;
  const items = stories.items
    .map(
      (s) => `<li><a class="title" href="${storyHref(s.id)}">${escapeHtml(s.title)}</a>
<div class="meta">${s.articles} article${s.articles === 1 ? '' : 's'} · ${s.outlets} outlet${s.outlets === 1 ? '' : 's'} · ${dateRange(s)}</div></li>`,
    )
    .join('\n');
  const empty = `<p class="notice">No stories yet. Add articles with <code>triangulate ingest &lt;files...&gt;</code> or <code>POST /api/articles</code>.</p>`;
  return `<h1>Stories</h1><p class="tabs">${tab('newest', 'Newest')}${tab('covered', 'Most covered')} <span class="muted">${stories.total} ${stories.total === 1 ? 'story' : 'stories'}</span></p>
${stories.items.length ? `<ol class="stories">${items}</ol>` : empty}
${pager(`/?order=${order}&`, offset, limit, stories.total)}`;
}

function dateRange(s: StorySummary): string {
  if (!s.firstPublished) return 'undated';
  const first = day(s.firstPublished);
  const last = day(s.lastPublished);
  return first === last ? first : `${first} – ${last}`;
}

/** Search results with marked snippets. */
export function searchBody(query: string, hits: Page<SearchHit>, offset: number, limit: number): string {
  if (!query.trim()) return `<h1>Search</h1><p class="muted">Type words to find in titles and texts.</p>`;
  const items = hits.items
    .map(
      (h) => `<li><a href="/articles/${encodeURIComponent(h.article)}">${escapeHtml(h.title ?? h.article)}</a>
<span class="badge outlet">${escapeHtml(h.outlet ?? 'unknown outlet')}</span> <span class="muted">${day(h.published)}</span>
${h.story ? ` · <a href="${storyHref(h.story)}">story</a>` : ''}<div class="snippet">${markSnippet(h.snippet)}</div></li>`,
    )
    .join('\n');
  return `<h1>Search: ${escapeHtml(query)}</h1><p class="muted">${hits.total} article${hits.total === 1 ? '' : 's'}</p>
${hits.items.length ? `<ul class="hits">${items}</ul>` : '<p class="notice">Nothing found.</p>'}
${pager(`/search?q=${encodeURIComponent(query)}&`, offset, limit, hits.total)}`;
}

/** Escapes a snippet and turns the store's markers into <mark>. */
export function markSnippet(snippet: string): string {
  return escapeHtml(snippet).replaceAll(MARK_START, '<mark>').replaceAll(MARK_END, '</mark>');
}

/** A snippet as plain text (for the API). */
export function plainSnippet(snippet: string): string {
  return snippet.replaceAll(MARK_START, '').replaceAll(MARK_END, '');
}

function pager(base: string, offset: number, limit: number, total: number): string {
  const links: string[] = [];
  if (offset > 0) links.push(`<a rel="prev" href="${base}offset=${Math.max(0, offset - limit)}">← Previous</a>`);
  if (offset + limit < total) links.push(`<a rel="next" href="${base}offset=${offset + limit}">Next →</a>`);
  return links.length ? `<nav class="pager">${links.join('')}</nav>` : '';
}
