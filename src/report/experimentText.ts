import type { ExperimentDocument } from '../experiments/experimentDocument.ts';
import type { NumberSummary } from '../experiments/summaryStatistics.ts';
import { formatTable } from './formatTable.ts';

/** The readable summary `propercheck experiment` prints without --json. */
export function experimentText(doc: ExperimentDocument, timing?: { readonly ms: number; readonly resumed: number }): string {
  const lines = [
    `experiment ${doc.experiment} (seed ${doc.seed}): ${doc.samples} instances, ${doc.completed} completed, ${doc.undecided} with an undecided quantity, ${doc.failed} failed${timing ? `; ${(timing.ms / 1000).toFixed(1)} s${timing.resumed ? `, ${timing.resumed} taken from the checkpoint` : ''}` : ''}`,
    doc.description,
    '',
    statsTable(doc.quantities),
  ];
  if (Object.keys(doc.counts).length) lines.push('', `counts: ${Object.entries(doc.counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  for (const [group, g] of Object.entries(doc.subgroups)) lines.push('', `${group} (${g.instances} instances):`, statsTable(g.quantities));
  for (const [q, why] of Object.entries(doc.unavailable)) lines.push('', `${q}: not computed (${why})`);
  if (doc.undecidedInstances.length) lines.push('', `undecided: ${doc.undecidedInstances.slice(0, 20).map((u) => `#${u.instance} ${u.quantity} (${u.reason})`).join('; ')}${doc.undecidedInstances.length > 20 ? `; ... (${doc.undecidedInstances.length} in all, see --json)` : ''}`);
  if (doc.failedInstances.length) lines.push('', `failed: ${doc.failedInstances.map((f) => `#${f.instance}: ${f.error}`).join('; ')}`);
  lines.push('', `quartiles: ${doc.method['quartiles']}`, `statistics: ${doc.method['statistics']}`);
  return lines.join('\n');
}

function statsTable(quantities: { readonly [name: string]: NumberSummary }): string {
  const fmt = (x: number | null) => (x === null ? '-' : x.toPrecision(6));
  return formatTable(
    ['quantity', 'n', 'mean', 'median', 'sd', 'min', 'q1', 'q3', 'max', 'max width'],
    Object.entries(quantities).map(([q, s]) => [q, String(s.count), fmt(s.mean), fmt(s.median), fmt(s.sd), fmt(s.min), fmt(s.quartiles[0]), fmt(s.quartiles[2]), fmt(s.max), s.maxEnclosureWidth === 0 ? 'exact' : s.maxEnclosureWidth.toExponential(1)]),
  );
}
