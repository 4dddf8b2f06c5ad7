import { EQUALITY_DIGITS, EQUALITY_TOLERANCE } from '../certify/equalityPolicy.ts';
import type { RunDocument, RunResult } from './RunDocument.ts';
import { verdictText } from './checkText.ts';
import { formatTable } from './formatTable.ts';
import { readableJson } from './readable.ts';

/** `propercheck run` in text: one row per claim, then what a person must see, then the totals. */
export function runText(doc: RunDocument, options: { exact?: boolean } = {}): string {
  const rows = doc.results.map((r) => [r.id, r.expect, verdictText(r), r.met ? 'yes' : 'NO', String(r.cases), String(r.ms), r.counterexample ? `${r.counterexample.file}${r.counterexample.robustness.kind === 'strict' ? '' : ` (${r.counterexample.robustness.kind})`}` : '']);
  const unmet = doc.results.filter((r) => !r.met).length;
  return [
    formatTable(['claim', 'expect', 'verdict', 'met', 'cases', 'ms', 'counterexample'], rows),
    ...doc.results.flatMap((r) => runNotes(r, options)),
    `\n${doc.results.length} claims, ${doc.results.length - unmet} met, ${unmet} not met (seed ${doc.seed}${doc.shard ? `, shard ${doc.shard.index}/${doc.shard.count}` : ''})`,
  ].join('\n');
}

/** Undecided cases, stale files, accepted irrational equalities, counterexamples that are not strict. */
export function runNotes(r: RunResult, options: { exact?: boolean } = {}): string[] {
  return [
    ...r.undecided.map((u) => `  undecided ${r.id}: ${u.reason} on ${readableJson(u.input, options)}`),
    ...r.stale.map((s) => `  STALE ${r.id}: ${s.file} ${s.reason} (fix the claim, or propercheck prune)`),
    ...(r.counterexample && r.counterexample.robustness.kind !== 'strict' ? [`  note ${r.id}: ${r.counterexample.robustness.kind}: ${r.counterexample.robustness.reason}`] : []),
    ...(r.stats.equalWithinTolerance > 0
      ? [`  note ${r.id}: ${r.stats.equalWithinTolerance} irrational equalities accepted (the certified difference lies within ${EQUALITY_TOLERANCE.toNumber()} at ${EQUALITY_DIGITS} digits)`]
      : []),
  ];
}
