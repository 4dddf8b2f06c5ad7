import type { CheckDocument } from './CheckDocument.ts';
import type { RunDocument } from './RunDocument.ts';
import { readableJson } from './readable.ts';

/** A GitHub Actions workflow command (`::error file=...,title=...::message`), escaped as the runner expects. */
export function annotation(level: 'error' | 'warning' | 'notice', message: string, props: { file?: string; title?: string } = {}): string {
  const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const list = Object.entries(props).flatMap(([k, v]) => (v === undefined ? [] : [`${k}=${prop(v)}`]));
  return `::${level}${list.length ? ` ${list.join(',')}` : ''}::${data(message)}`;
}

/** Annotations for a check: an error per refuted claim of the author, a warning per undecided or cut claim. */
export function checkAnnotations(doc: CheckDocument): string[] {
  return doc.results.flatMap((r) => {
    if (r.claimedByAuthor && r.verdict === 'refuted') {
      const c = r.counterexample;
      return [annotation('error', c ? `${r.id} is refuted by ${readableJson(c.input)}; saved in ${c.file}` : `${r.id} is refuted`, { file: doc.file, title: `${r.id} refuted` })];
    }
    if (r.verdict === 'undecided') return [annotation('warning', `${r.id}: ${r.undecided.length} case(s) undecided at the precision cap`, { file: doc.file, title: `${r.id} undecided` })];
    if (r.budgetCut) return [annotation('warning', `${r.id}: the time limit cut the search at ${r.cases} of ${r.runs} cases`, { file: doc.file, title: `${r.id} budget cut` })];
    return [];
  });
}

/** Annotations for a run: an error per claim whose expectation is not met, on its counterexample file where there is one. */
export function runAnnotations(doc: RunDocument): string[] {
  return doc.results.flatMap((r) => (r.met ? [] : [annotation('error', `${r.id}: expected ${r.expect}, got ${r.verdict}${r.stale.length ? ` (stale: ${r.stale.map((s) => s.file).join(', ')})` : ''}`, { ...(r.counterexample ? { file: r.counterexample.file } : {}), title: `${r.id} not met` })]));
}
