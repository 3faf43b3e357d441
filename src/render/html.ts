/**
 * A self-contained HTML page (no scripts, no external resources). Every cited line links to the
 * source passage, which is shown in the sources section with the cited span highlighted.
 */
import type { Briefing, Citation } from '../core/types.js';
import { balancedMarks, citationNumbers, claimSpeaker, shownSentence, sourceLabel, sourceNumbers } from './labels.js';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}
.cite{font-size:.75em;vertical-align:super;text-decoration:none;margin-left:.1em}
.badge{display:inline-block;font-size:.75em;padding:0 .4em;border-radius:.6em;background:#eef;margin-left:.3em}
.single{background:#fee}.sides{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
.side{border-left:3px solid #c66;padding-left:.6rem}.side+.side{border-color:#66c}
blockquote{margin:.3rem 0 .3rem 1rem;font-style:italic}mark{background:#ffea7a}
.source{font-size:.9em;color:#444}.offtopic{color:#888}`;

export function renderHtml(briefings: Briefing[]): string {
  const title = briefings.length === 1 ? briefings[0].title : `${briefings.length} stories`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)} — Triangulate</title><style>${STYLE}</style></head>
<body>
${briefings.map((b, i) => renderStory(b, i)).join('\n<hr>\n')}
</body></html>
`;
}

function renderStory(b: Briefing, storyIndex: number): string {
  const numbers = sourceNumbers(b);
  const anchor = (n: number) => `s${storyIndex}-src${n}`;
  const cite = (cs: Citation[]) =>
    citationNumbers(cs, numbers)
      .map((n) => `<a class="cite" href="#${anchor(n)}">[${n}]</a>`)
      .join('');
  const parts: string[] = [`<article id="story-${escapeHtml(b.id)}"><h1>${escapeHtml(b.title)}</h1>`];
  if (b.summary.length) {
    parts.push('<h2>Summary</h2><p class="summary">', b.summary.map((s) => `${escapeHtml(shownSentence(s.text))}${cite(s.citations)}`).join(' '), '</p>');
  }
  if (b.claims.length) {
    parts.push('<h2>Claims</h2><ul class="claims">');
    for (const k of b.claims) {
      const badge = k.singleSource ? `<span class="badge single">single source</span>` : `<span class="badge">${k.support} sources</span>`;
      parts.push(`<li>${claimSpeaker(k) ? `<strong>${escapeHtml(claimSpeaker(k)!)}</strong>, quoted: ` : ''}${escapeHtml(balancedMarks(k.text))}${cite(k.citations)} ${badge} <span class="source">${escapeHtml(k.outlets.join(', '))}</span></li>`);
    }
    parts.push('</ul>');
  }
  if (b.contradictions.length) {
    parts.push('<h2>Contradictions</h2>');
    for (const k of b.contradictions) {
      parts.push(`<h3>${escapeHtml(k.topic)} <span class="badge">${k.kind}</span></h3><div class="sides">`);
      for (const side of k.sides) {
        parts.push(`<div class="side">${side.holder ? `<strong>${escapeHtml(side.holder)}</strong>: ` : ''}${escapeHtml(balancedMarks(side.text))}${cite(side.citations)}</div>`);
      }
      parts.push('</div>');
    }
  }
  if (b.quotes.length) {
    parts.push('<h2>Quotes</h2><ul class="quotes">');
    for (const q of b.quotes) {
      const text = q.kind === 'direct' ? `<blockquote>“${escapeHtml(q.text)}”</blockquote>` : escapeHtml(q.text);
      parts.push(`<li><strong>${escapeHtml(q.speaker ?? 'Unattributed')}</strong> <span class="badge">${q.kind}</span>${text}${cite(q.citations)}</li>`);
    }
    parts.push('</ul>');
  }
  if (b.timeline.length) {
    parts.push('<h2>Timeline</h2><ol class="timeline">');
    for (const e of b.timeline) parts.push(`<li><time datetime="${escapeHtml(e.date)}">${escapeHtml(e.date)}</time>: ${escapeHtml(balancedMarks(e.text))}${cite(e.citations)}</li>`);
    parts.push('</ol>');
  }
  if (b.entities.length) {
    parts.push('<h2>People, organisations and places</h2><ul class="entities">');
    for (const e of b.entities) {
      const variants = e.variants.filter((v) => v !== e.name);
      parts.push(`<li><strong>${escapeHtml(e.name)}</strong> <span class="badge">${e.type}</span>${e.roles.length ? ` ${escapeHtml(e.roles.join(', '))}` : ''}${variants.length ? ` <span class="source">also ${escapeHtml(variants.join(', '))}</span>` : ''}</li>`);
    }
    parts.push('</ul>');
  }
  if (b.coverage.length) {
    const claimText = new Map(b.claims.map((k) => [k.id, k.text]));
    parts.push('<h2>Coverage</h2><ul class="coverage">');
    for (const o of b.coverage) {
      parts.push(`<li><strong>${escapeHtml(o.outlet)}</strong>: ${o.claims.length} claims, ${o.exclusive.length} exclusive`);
      if (o.exclusive.length) parts.push(`<ul>${o.exclusive.map((id) => `<li>${escapeHtml(balancedMarks(claimText.get(id) ?? id))}</li>`).join('')}</ul>`);
      parts.push('</li>');
    }
    parts.push('</ul>');
  }
  parts.push('<h2>Sources</h2><ol class="sources">');
  b.articles.forEach((a, i) => {
    const link = a.url && /^https?:\/\//.test(a.url) ? ` <a href="${escapeHtml(a.url)}" rel="noopener noreferrer">${escapeHtml(a.url)}</a>` : '';
    parts.push(`<li id="${anchor(i + 1)}"><strong>${escapeHtml(sourceLabel(a))}</strong> ${escapeHtml(a.title ?? '')} <span class="source">${escapeHtml(a.published ?? '')} <code>${escapeHtml(a.id)}</code></span>${link}</li>`);
  });
  parts.push('</ol>');
  if (b.offTopic.length) parts.push(`<h2>Off-topic</h2><ul class="offtopic">${b.offTopic.map((id) => `<li><code>${escapeHtml(id)}</code></li>`).join('')}</ul>`);
  parts.push('</article>');
  return parts.join('\n');
}
