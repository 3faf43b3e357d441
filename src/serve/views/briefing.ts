/**
 * The briefing page: summary with citation links to the source passages, claims with outlet
 * badges, contradictions side by side, quotes by speaker, timeline, coverage chart (inline SVG,
 * no scripts), sources.
 */
import type { Briefing, Citation, OutletCoverage } from '../../core/types.js';
import { escapeHtml } from '../../render/html.js';
import { balancedMarks, claimSpeaker, shownSentence, sourceLabel, sourceNumbers } from '../../render/labels.js';
import type { StoredStory } from '../../store/types.js';
import { citationHref, day } from './layout.js';

export function briefingBody(b: Briefing, story: StoredStory): string {
  const numbers = sourceNumbers(b);
  const outletOf = new Map(b.articles.map((a) => [a.id, sourceLabel(a)]));
  // one link per cited article: the first span cited in it
  const cite = (citations: Citation[]) => {
    const first = new Map<string, Citation>();
    for (const c of citations) if (!first.has(c.article)) first.set(c.article, c);
    return [...first.values()]
      .map((c) => ({ c, n: numbers.get(c.article) ?? 0 }))
      .sort((x, y) => x.n - y.n)
      .map(({ c, n }) => `<a class="cite" href="${citationHref(c.article, c.start, c.end)}" title="${escapeHtml(outletOf.get(c.article) ?? c.article)}">[${n || '?'}]</a>`)
      .join('');
  };
  const parts: string[] = [];
  parts.push(`<p class="meta">${story.articles} articles · ${story.outlets} outlets · ${day(story.firstPublished)}${story.lastPublished && story.lastPublished !== story.firstPublished ? ` – ${day(story.lastPublished)}` : ''}</p>`);
  parts.push(`<h1>${escapeHtml(b.title)}</h1>`);

  parts.push('<section id="summary"><h2>Summary</h2><div class="summary">');
  parts.push(b.summary.length ? b.summary.map((s) => `<p>${escapeHtml(shownSentence(s.text))}${cite(s.citations)}</p>`).join('\n') : '<p class="muted">No summary.</p>');
  parts.push('</div></section>');

  parts.push('<section id="claims"><h2>Claims</h2>');
  if (b.claims.length) {
    parts.push('<ul class="claims">');
    for (const k of b.claims) {
      const support = k.singleSource ? `<span class="badge single">single source</span>` : `<span class="badge">${k.support} independent sources</span>`;
      const outlets = k.outlets.map((o) => `<span class="badge outlet">${escapeHtml(o)}</span>`).join('');
      parts.push(`<li>${claimSpeaker(k) ? `<strong>${escapeHtml(claimSpeaker(k)!)}</strong>, quoted: ` : ''}${escapeHtml(balancedMarks(k.text))}${cite(k.citations)}<div>${support}${outlets}</div></li>`);
    }
    parts.push('</ul>');
  } else parts.push('<p class="muted">No claims found.</p>');
  parts.push('</section>');

  parts.push('<section id="contradictions"><h2>Contradictions</h2>');
  if (b.contradictions.length) {
    for (const k of b.contradictions) {
      parts.push(`<h3>${escapeHtml(k.topic)} <span class="badge kind">${escapeHtml(k.kind)}</span></h3><div class="sides">`);
      for (const side of k.sides) {
        parts.push(`<div class="side">${side.holder ? `<strong>${escapeHtml(side.holder)}</strong><br>` : ''}${escapeHtml(balancedMarks(side.text))}${cite(side.citations)}</div>`);
      }
      parts.push('</div>');
    }
  } else parts.push('<p class="muted">No contradictions found.</p>');
  parts.push('</section>');

  parts.push('<section id="quotes"><h2>Quotes by speaker</h2>');
  if (b.quotes.length) {
    const bySpeaker = new Map<string, typeof b.quotes>();
    for (const q of b.quotes) {
      const name = q.speaker ?? 'Unattributed';
      bySpeaker.set(name, [...(bySpeaker.get(name) ?? []), q]);
    }
    for (const [speaker, quotes] of bySpeaker) {
      parts.push(`<div class="speaker"><h3>${escapeHtml(speaker)} <span class="muted">${quotes.length}</span></h3>`);
      for (const q of quotes) {
        const body = q.kind === 'direct' ? `<blockquote>“${escapeHtml(q.text)}”</blockquote>` : `<blockquote>${escapeHtml(q.text)}</blockquote>`;
        parts.push(`<div class="quote"><span class="badge kind">${q.kind}</span>${cite(q.citations)}${body}</div>`);
      }
      parts.push('</div>');
    }
  } else parts.push('<p class="muted">No quotes found.</p>');
  parts.push('</section>');

  parts.push('<section id="timeline"><h2>Timeline</h2>');
  if (b.timeline.length) {
    parts.push('<ol class="timeline">');
    for (const e of b.timeline) parts.push(`<li><time datetime="${escapeHtml(e.date)}">${escapeHtml(e.date)}</time> ${escapeHtml(balancedMarks(e.text))}${cite(e.citations)}</li>`);
    parts.push('</ol>');
  } else parts.push('<p class="muted">No dated events found.</p>');
  parts.push('</section>');

  parts.push(`<section id="coverage"><h2>Coverage</h2>${coverageChart(b.coverage)}</section>`);

  parts.push('<section id="sources"><h2>Sources</h2><ol class="sources">');
  for (const a of b.articles) {
    parts.push(`<li><a href="/articles/${encodeURIComponent(a.id)}">${escapeHtml(a.title ?? a.id)}</a> <span class="badge outlet">${escapeHtml(sourceLabel(a))}</span> <span class="muted">${day(a.published)}</span></li>`);
  }
  parts.push('</ol>');
  if (b.offTopic.length) {
    parts.push(`<p class="muted">Judged off-topic: ${b.offTopic.map((id) => `<a href="/articles/${encodeURIComponent(id)}">${escapeHtml(id)}</a>`).join(', ')}</p>`);
  }
  parts.push('</section>');
  return parts.join('\n');
}

/** Bars of claims per outlet (exclusive claims in a second colour), as inline SVG. */
export function coverageChart(coverage: OutletCoverage[]): string {
  if (coverage.length === 0) return '<p class="muted">No coverage computed.</p>';
  const rows = [...coverage].sort((x, y) => y.claims.length - x.claims.length || (x.outlet < y.outlet ? -1 : 1));
  const max = Math.max(1, ...rows.map((r) => r.claims.length));
  const labelWidth = 170;
  const barWidth = 420;
  const rowHeight = 26;
  const height = rows.length * rowHeight + 6;
  const bars = rows
    .map((r, i) => {
      const y = i * rowHeight + 4;
      const w = Math.round((r.claims.length / max) * barWidth);
      const ex = Math.round((r.exclusive.length / max) * barWidth);
      return `<g><text x="0" y="${y + 14}">${escapeHtml(truncate(r.outlet, 22))}</text>
<rect class="bar" x="${labelWidth}" y="${y}" width="${w}" height="18"><title>${escapeHtml(r.outlet)}: ${r.claims.length} claims</title></rect>
<rect class="excl" x="${labelWidth}" y="${y}" width="${ex}" height="18"><title>${escapeHtml(r.outlet)}: ${r.exclusive.length} exclusive</title></rect>
<text x="${labelWidth + w + 6}" y="${y + 14}">${r.claims.length} claims${r.exclusive.length ? `, ${r.exclusive.length} exclusive` : ''}</text></g>`;
    })
    .join('\n');
  return `<svg class="chart" role="img" aria-label="Claims reported by each outlet" viewBox="0 0 ${labelWidth + barWidth + 190} ${height}" width="${labelWidth + barWidth + 190}" height="${height}">${bars}</svg>
<p class="legend muted"><span class="swatch bar"></span>claims reported<span class="swatch excl"></span>reported by this outlet only</p>`;
}

function truncate(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}
