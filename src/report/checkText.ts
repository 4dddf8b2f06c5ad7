import { EQUALITY_DIGITS, EQUALITY_TOLERANCE } from '../certify/equalityPolicy.ts';
import type { CheckDocument, CheckResult } from './CheckDocument.ts';
import { formatTable } from './formatTable.ts';
import { readableJson } from './readable.ts';

/** What a check's verdict column says: proved with its range, and a cut budget made visible. */
export function verdictText(r: Pick<CheckResult, 'verdict' | 'provedFor' | 'budgetCut' | 'cases' | 'runs'>): string {
  if (r.verdict === 'proved') return `proved (n = ${r.provedFor})`;
  return r.budgetCut && r.verdict === 'unrefuted' ? `unrefuted (cut: ${r.cases}/${r.runs} cases)` : r.verdict;
}

/** `propercheck check` in text: a table, then everything a person must see (undecided, stale, notes). */
export function checkText(doc: CheckDocument, options: { exact?: boolean } = {}): string {
  const rows = doc.results.map((r) => [
    r.claim,
    r.claimedByAuthor ? 'yes' : 'no',
    verdictText(r),
    String(r.cases),
    String(r.ms),
    r.counterexample ? `${r.counterexample.file} (${r.counterexample.robustness.kind})` : r.proofNote ? `proof: ${r.proofNote}` : '',
  ]);
  const lines = [
    `rule ${doc.rule} (${doc.file}), outcomes ${doc.outcomes.min}..${doc.outcomes.max}, seed ${doc.seed}${doc.shard ? `, shard ${doc.shard.index}/${doc.shard.count}` : ''}`,
    formatTable(['claim', 'claimed', 'verdict', 'cases', 'ms', 'counterexample / proof'], rows),
  ];
  for (const r of doc.results) lines.push(...resultNotes(r, options));
  for (const note of doc.notes) lines.push(`  note: ${note}`);
  return lines.join('\n');
}

/** The lines under a result: the witness of a refutation, undecided cases, stale files, accepted equalities. */
export function resultNotes(r: CheckResult, options: { exact?: boolean } = {}): string[] {
  const witness = r.counterexample && r.claimedByAuthor ? [`  ${r.id} refuted by ${readableJson(r.counterexample.input, options)}: ${readableJson(r.counterexample.decimals)}`] : [];
  return [
    ...witness,
    ...(r.counterexample && r.counterexample.robustness.kind !== 'strict' ? [`  note ${r.id}: the counterexample is ${r.counterexample.robustness.kind}: ${r.counterexample.robustness.reason}`] : []),
    ...r.undecided.map((u) => `  undecided ${r.id}: ${u.reason} on ${readableJson(u.input, options)}`),
    ...r.stale.map((s) => `  STALE ${r.id}: ${s.file} ${s.reason} (propercheck prune removes stale files)`),
    ...(r.stats.equalWithinTolerance > 0
      ? [`  note ${r.id}: ${r.stats.equalWithinTolerance} irrational equalities accepted (the certified difference lies within ${EQUALITY_TOLERANCE.toNumber()} at ${EQUALITY_DIGITS} digits)`]
      : []),
  ];
}
