/** The page frame of the web UI: header with navigation and search, no scripts. */
import { escapeHtml } from '../../render/html.js';

/** A full HTML page. `query` pre-fills the search box. */
export function page(title: string, body: string, opts: { query?: string } = {}): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)} · Triangulate</title><link rel="stylesheet" href="/static/style.css"><link rel="icon" href="data:,"></head>
<body><header class="site"><a class="brand" href="/">Triangulate</a>
<nav><a href="/?order=newest">Newest</a><a href="/?order=covered">Most covered</a></nav>
<form class="search" action="/search" method="get" role="search"><input type="search" name="q" aria-label="Search articles" placeholder="Search articles" value="${escapeHtml(opts.query ?? '')}"><button type="submit">Search</button></form>
</header>
<main>
${body}
</main></body></html>
`;
}

/** An error page body. */
export function errorBody(status: number, rule: string, reason: string): string {
  return `<h1>${status === 404 ? 'Not found' : 'Something went wrong'}</h1><p class="error">${escapeHtml(reason)} <span class="muted">(${escapeHtml(rule)}, HTTP ${status})</span></p><p><a href="/">Back to the stories</a></p>`;
}

/** The link to an article page with a span highlighted. */
export function citationHref(article: string, start: number, end: number): string {
  return `/articles/${encodeURIComponent(article)}?start=${start}&end=${end}#cited`;
}

/** The link to a story page. */
export function storyHref(id: string): string {
  return `/stories/${encodeURIComponent(id)}`;
}

/** A date for people: the day of an ISO date, or a dash. */
export function day(iso: string | null): string {
  return iso ? escapeHtml(iso.slice(0, 10)) : '—';
}
