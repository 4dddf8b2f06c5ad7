import { SpecError } from '../core/SpecError.ts';
import { runAnnotations } from '../report/annotations.ts';
import { runJunit } from '../report/junit.ts';
import { runText } from '../report/runText.ts';
import type { RunDocument } from '../report/RunDocument.ts';
import { runRegistry } from '../run/runRegistry.ts';
import { emitDocument } from './emitDocument.ts';
import { EXIT, type Io } from './Io.ts';
import { BUDGET_OPTIONS, listFlag, parseCommandArgs, searchBudget } from './parseCommandArgs.ts';
import { REPORTER_OPTIONS, reporterOf } from './reporters.ts';
import { VERSION } from './version.ts';

/** The flags of a registry search (`run`, `report`). */
export const REGISTRY_SEARCH_OPTIONS = {
  ...BUDGET_OPTIONS,
  claim: { type: 'string', multiple: true },
  'no-screening': { type: 'boolean' },
} as const;

/** Runs the registry as the flags say (shared by `run` and `report`). */
export async function searchRegistry(values: { claim?: string[]; 'no-screening'?: boolean } & Parameters<typeof searchBudget>[0], io: Io): Promise<RunDocument> {
  const budget = searchBudget(values);
  const claims = listFlag(values.claim);
  const doc = await runRegistry({
    ...budget,
    ...(claims ? { claims } : {}),
    saveDir: budget.saveDir ?? 'counterexamples',
    screening: !values['no-screening'],
    version: VERSION,
    ...(io.progress ? { onProgress: (text: string) => io.err(`\r\x1b[K${text}`) } : {}),
  });
  if (io.progress) io.err('\r\x1b[K');
  return doc;
}

/** `propercheck run`: every registered claim (or the selected ones) against its expectation. */
export async function runCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('run', argv, { ...REGISTRY_SEARCH_OPTIONS, ...REPORTER_OPTIONS, json: { type: 'boolean' }, exact: { type: 'boolean' } });
  if (positionals.length > 0) throw new SpecError('propercheck run', `unexpected argument ${positionals[0]} (see propercheck run --help)`);
  const reporter = reporterOf(values);
  const doc = await searchRegistry(values, io);
  const views = { text: (exact: boolean) => runText(doc, { exact }), junit: () => runJunit([doc]), annotations: () => runAnnotations(doc), errors: doc.errors };
  await emitDocument(io, doc, views, { ...values, ...reporter });
  return runExitCode(doc, values['fail-on-budget-cut'] ?? false);
}

export function runExitCode(doc: RunDocument, failOnBudgetCut: boolean): number {
  if (doc.errors.length > 0) return EXIT.badInput;
  if (!doc.results.every((r) => r.met)) return EXIT.expectationNotMet;
  return failOnBudgetCut && doc.results.some((r) => r.budgetCut) ? EXIT.expectationNotMet : EXIT.ok;
}
