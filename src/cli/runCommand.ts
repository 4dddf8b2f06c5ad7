import type { Claim } from '../claims/Claim.ts';
import { registry, selectClaims } from '../claims/registry.ts';
import { SpecError } from '../claims/SpecError.ts';
import { claimResultNotes } from '../report/claimResultNotes.ts';
import { formatTable } from '../report/formatTable.ts';
import { loadCounterexamples } from '../store/counterexampleStore.ts';
import { EXIT, type Io } from './Io.ts';
import { BUDGET_OPTIONS, parseCommandArgs, searchBudget } from './parseCommandArgs.ts';
import { savedCasesByClaim } from './savedCases.ts';
import { searchClaims } from './searchClaims.ts';

const USAGE = 'propercheck run [--claim <id or glob>]... [--runs N] [--seed S] [--time-limit MS] [--save-dir DIR] [--no-screening] [--json]';

/** `propercheck run`: every registered claim (or the selected ones) against its expectation. */
export async function runCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('run', argv, {
    ...BUDGET_OPTIONS,
    claim: { type: 'string', multiple: true },
    'no-screening': { type: 'boolean' },
    json: { type: 'boolean' },
  });
  if (positionals.length > 0) throw new SpecError('propercheck run', `unexpected argument ${positionals[0]}; usage: ${USAGE}`);
  const claims = chooseClaims(values.claim ?? []);
  const budget = searchBudget(values);
  const { entries, errors } = await loadCounterexamples([budget.saveDir]);
  const known = new Set(registry.map((c) => c.id));
  const unknown = entries
    .filter((e) => !e.record.ruleFile && !known.has(e.record.claim))
    .map((e) => `${e.file}: claim: ${e.record.claim} is not a registered claim`);
  const { seed } = budget;
  const searched = await searchClaims(
    claims,
    { ...budget, screening: !values['no-screening'], saved: savedCasesByClaim(entries.filter((e) => !e.record.ruleFile)) },
    io,
  );
  const problems = [...errors, ...unknown, ...searched.flatMap((s) => s.result.invalid)];
  if (values.json) {
    const results = searched.map(({ result: r, file }) => ({
      id: r.id,
      expect: r.expect,
      verdict: r.verdict,
      met: r.met,
      cases: r.cases,
      ms: r.ms,
      ...(file ? { counterexample: file } : {}),
      ...(r.undecided.length ? { undecided: r.undecided } : {}),
      ...(r.stale.length ? { stale: r.stale } : {}),
      stats: r.stats,
    }));
    io.out(JSON.stringify({ seed, results, errors: problems }, null, 2));
  } else {
    const rows = searched.map(({ result: r, file }) => [
      r.id,
      r.expect,
      r.verdict,
      r.met ? 'yes' : 'NO',
      String(r.cases),
      String(r.ms),
      file ?? '',
    ]);
    io.out(formatTable(['claim', 'expect', 'verdict', 'met', 'cases', 'ms', 'counterexample'], rows));
    for (const { result } of searched) for (const line of claimResultNotes(result)) io.out(line);
    for (const p of problems) io.err(`error: ${p}`);
    const unmet = searched.filter((s) => !s.result.met).length;
    io.out(`\n${searched.length} claims, ${searched.length - unmet} met, ${unmet} not met (seed ${seed})`);
  }
  if (problems.length > 0) return EXIT.badInput;
  return searched.every((s) => s.result.met) ? EXIT.ok : EXIT.expectationNotMet;
}

function chooseClaims(selectors: readonly string[]): readonly Claim[] {
  if (selectors.length === 0) return registry;
  const chosen = new Set<Claim>();
  for (const selector of selectors) {
    const matched = selectClaims(registry, selector);
    if (matched.length === 0) throw new SpecError('--claim', `no registered claim matches ${JSON.stringify(selector)} (see propercheck list)`);
    for (const c of matched) chosen.add(c);
  }
  return registry.filter((c) => chosen.has(c));
}
