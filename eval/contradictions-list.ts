/**
 * Prints the contradictions of `triangulate eval contradictions <set>` as text, for judging by
 * hand: each finding with its verdict (`?` when never judged), its kind and topic, and both
 * sides. A verdict is added to `eval/judgments/contradictions.tsv` as one line: set, story, kind,
 * T or F, and the first 70 characters of each side, tab-separated.
 *
 *   node --import tsx eval/contradictions-list.ts ../shared/eval/clustering/ecbplus
 *
 * The judged counts and the date are in docs/evaluation.md ("Contradictions").
 */
import { evaluate, type Finding } from './contradictions.js';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node --import tsx eval/contradictions-list.ts <dir with articles.jsonl and gold.tsv>');
  process.exit(2);
}
const report = (await evaluate(dir)) as { findings: Finding[]; stories: number; found: number; byKind: Record<string, number>; judgedTrue: number; judgedFalse: number; unjudged: number; precision: number | null };
for (const f of report.findings) {
  console.log(`== ${f.verdict} ${f.story} ${f.kind} [${f.topic}]`);
  for (const side of f.sides) console.log(`   ${side.holder ?? '-'}: ${side.text}`);
}
console.log(`${report.found} contradictions in ${report.stories} stories: ${Object.entries(report.byKind).map(([k, n]) => `${k} ${n}`).join(', ')}`);
console.log(`judged true ${report.judgedTrue}, judged false ${report.judgedFalse}, not judged ${report.unjudged}; precision ${report.precision ?? '-'} (unjudged counted false)`);
