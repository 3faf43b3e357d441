/** Markdown output: one section per story, citations as [n] pointing at the source list. */
import type { Briefing } from '../core/types.js';
import { balancedMarks, citationNumbers, claimSpeaker, shownSentence, sourceLabel, sourceNumbers } from './labels.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const cite = (nums: number[]): string => nums.map((n) => `[${n}]`).join('');

export function renderMarkdown(briefings: Briefing[]): string {
  return briefings.map(renderStory).join('\n---\n\n');
}

function renderStory(b: Briefing): string {
  const numbers = sourceNumbers(b);
  const out: string[] = [`# ${b.title}`, ''];
  const c = (cs: { article: string; start: number; end: number }[]) => cite(citationNumbers(cs, numbers));

  if (b.summary.length) {
    out.push('## Summary', '');
    out.push(b.summary.map((s) => `${shownSentence(s.text)} ${c(s.citations)}`).join(' '), '');
  }
  if (b.claims.length) {
    out.push('## Claims', '');
    for (const claim of b.claims) {
      const badge = claim.singleSource ? 'single source' : `${claim.support} independent sources`;
      out.push(`- ${claimSpeaker(claim) ? `**${claimSpeaker(claim)}**, quoted: ` : ''}${balancedMarks(claim.text)} ${c(claim.citations)} — *${badge}: ${claim.outlets.join(', ')}*`);
    }
    out.push('');
  }
  if (b.contradictions.length) {
    out.push('## Contradictions', '');
    for (const k of b.contradictions) {
      out.push(`### ${k.topic} (${k.kind})`, '');
      for (const side of k.sides) out.push(`- ${side.holder ? `**${side.holder}:** ` : ''}${balancedMarks(side.text)} ${c(side.citations)}`);
      out.push('');
    }
  }
  if (b.quotes.length) {
    out.push('## Quotes', '');
    for (const q of b.quotes) {
      const text = q.kind === 'direct' ? `“${q.text}”` : q.text;
      out.push(`- **${q.speaker ?? 'Unattributed'}** (${q.kind}): ${text} ${c(q.citations)}`);
    }
    out.push('');
  }
  if (b.timeline.length) {
    out.push('## Timeline', '');
    for (const e of b.timeline) out.push(`- **${e.date}**: ${balancedMarks(e.text)} ${c(e.citations)}`);
    out.push('');
  }
  if (b.entities.length) {
    out.push('## People, organisations and places', '');
    for (const e of b.entities) {
      const variants = e.variants.filter((v) => v !== e.name);
      const roles = e.roles.length ? `; ${e.roles.join(', ')}` : '';
      out.push(`- **${e.name}** (${e.type}${roles})${variants.length ? ` — also ${variants.join(', ')}` : ''}; ${e.articles} article${e.articles === 1 ? '' : 's'}`);
    }
    out.push('');
  }
  if (b.coverage.length) {
    out.push('## Coverage', '');
    const claimText = new Map(b.claims.map((k) => [k.id, k.text]));
    for (const o of b.coverage) {
      out.push(`- **${o.outlet}**: ${plural(o.claims.length, 'claim')}, ${o.exclusive.length} reported by no other outlet`);
      for (const id of o.exclusive.slice(0, 5)) out.push(`  - ${balancedMarks(claimText.get(id) ?? id)}`);
    }
    out.push('');
  }
  out.push('## Sources', '');
  b.articles.forEach((a, i) => {
    const parts = [sourceLabel(a), a.title ? `“${a.title}”` : null, a.published, a.url ? (/^https?:\/\//i.test(a.url) ? `<${a.url}>` : `\`${a.url}\``) : null].filter(Boolean);
    out.push(`${i + 1}. ${parts.join(', ')} (\`${a.id}\`)`);
  });
  out.push('');
  if (b.offTopic.length) {
    out.push('## Off-topic', '', ...b.offTopic.map((id) => `- \`${id}\``), '');
  }
  return out.join('\n');
}
