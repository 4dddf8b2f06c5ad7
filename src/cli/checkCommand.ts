import { SpecError } from '../core/SpecError.ts';
import { checkText } from '../report/checkText.ts';
import { checkAnnotations } from '../report/annotations.ts';
import { checkJunit } from '../report/junit.ts';
import { checkRule } from '../run/checkRule.ts';
import type { CheckDocument } from '../report/CheckDocument.ts';
import { emitDocument } from './emitDocument.ts';
import { EXIT, type Io } from './Io.ts';
import { BUDGET_OPTIONS, integerFlag, listFlag, parseCommandArgs, rangeFlag, searchBudget } from './parseCommandArgs.ts';
import { REPORTER_OPTIONS, reporterOf } from './reporters.ts';
import { DEFAULT_CHECK_RUNS } from '../search/budget.ts';
import { VERSION } from './version.ts';

/**
 * `propercheck check <rule-file>`: the author's claims about a rule plus the standard battery (run/checkRule).
 * Exit 0 when no claim of the author is refuted, 1 when one is (or, with --fail-on-budget-cut, when a
 * search was cut short), 2 on bad input.
 */
export async function checkCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('check', argv, {
    ...BUDGET_OPTIONS,
    ...REPORTER_OPTIONS,
    claims: { type: 'string', multiple: true },
    outcomes: { type: 'string' },
    'eval-limit': { type: 'string' },
    'proof-timeout': { type: 'string' },
    'no-proof': { type: 'boolean' },
    'no-screening': { type: 'boolean' },
    json: { type: 'boolean' },
    exact: { type: 'boolean' },
  });
  if (positionals.length !== 1) throw new SpecError('propercheck check', 'expects exactly one rule file');
  const budget = searchBudget(values, DEFAULT_CHECK_RUNS);
  const claims = listFlag(values.claims);
  const reporter = reporterOf(values);
  const doc = await checkRule({
    file: positionals[0]!,
    ...(claims ? { claims } : {}),
    ...(values.outcomes !== undefined ? { outcomes: rangeFlag(values.outcomes, '--outcomes') } : {}),
    ...budget,
    evalLimitMs: integerFlag(values['eval-limit'], '--eval-limit', 10_000),
    proof: !values['no-proof'],
    proofTimeoutMs: integerFlag(values['proof-timeout'], '--proof-timeout', 3_000),
    screening: !values['no-screening'],
    version: VERSION,
    onOutput: (text) => io.err(text.replace(/\n$/, '')),
    ...(io.progress ? { onProgress: (text: string) => io.err(`\r\x1b[K${text}`) } : {}),
  });
  if (io.progress) io.err('\r\x1b[K');
  const views = { text: (exact: boolean) => checkText(doc, { exact }), junit: () => checkJunit([doc]), annotations: () => checkAnnotations(doc), errors: doc.errors };
  await emitDocument(io, doc, views, { ...values, ...reporter });
  return checkExitCode(doc, values['fail-on-budget-cut'] ?? false);
}

export function checkExitCode(doc: CheckDocument, failOnBudgetCut: boolean): number {
  if (doc.errors.length > 0) return EXIT.badInput;
  if (doc.results.some((r) => r.claimedByAuthor && r.verdict === 'refuted')) return EXIT.expectationNotMet;
  return failOnBudgetCut && doc.results.some((r) => r.budgetCut) ? EXIT.expectationNotMet : EXIT.ok;
}
