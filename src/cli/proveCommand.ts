import { LAW_NAMES, type LawName } from '../core/LawName.ts';
import { SpecError } from '../core/SpecError.ts';
import { type ProofRow, proveRule } from '../proof/proveRule.ts';
import { formatTable } from '../report/formatTable.ts';
import { EXIT, type Io } from './Io.ts';
import { integerFlag, listFlag, parseCommandArgs, rangeFlag } from './parseCommandArgs.ts';
import { type ResolvedRule, resolveRule } from './resolveRule.ts';
import { proofCounterexample } from '../proof/proofCounterexample.ts';
import type { Counterexample } from '../proof/certifyInstance.ts';
import { defaultSaveDir } from '../run/defaultSaveDir.ts';
import { didYouMean } from '../run/didYouMean.ts';
import { saveFoundCounterexample } from '../store/saveFoundCounterexample.ts';
import { VERSION } from './version.ts';

const DEFAULT_TIMEOUT_MS = 10_000;

/** One row of `prove --json`: a law at one n, with the saved counterexample file if refuted. */
type ProofResultRow = Omit<ProofRow, 'counterexample'> & { counterexample?: string };

/**
 * `propercheck prove <rule id | rule file>`: each law at each number of outcomes through the proof tier
 * (docs/design.md §2): proved (with the method: identity, separable, savage, direct), refuted (a
 * certified rational counterexample, saved like any other), unknown (a timeout, or why) or outside (a law
 * that needs what ln / exp are, and no method supplied it). `--timeout-ms` is the budget of one law at one
 * n, all its queries together (default 10 s). Exit 1 when a verdict contradicts what is expected of the rule.
 */
export async function proveCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('prove', argv, {
    claims: { type: 'string', multiple: true },
    outcomes: { type: 'string' },
    'timeout-ms': { type: 'string' },
    'save-dir': { type: 'string' },
    json: { type: 'boolean' },
  });
  if (positionals.length !== 1) throw new SpecError('propercheck prove', 'expects one rule id or rule file');
  const target = await resolveRule(positionals[0]!);
  const range = rangeFlag(values.outcomes ?? '2..4', '--outcomes');
  const { min, max } = target.rule.outcomes;
  if (range.min < min || range.max > max) throw new SpecError('--outcomes', `${range.min}..${range.max} is outside the rule's outcomes ${min}..${max}`);
  const claims = lawNames(listFlag(values.claims));
  const proof = await proveRule(target.rule, {
    laws: claims,
    outcomes: [range.min, range.max],
    timeoutMs: integerFlag(values['timeout-ms'], '--timeout-ms', DEFAULT_TIMEOUT_MS),
  });
  const saveDir = values['save-dir'] ?? (target.file ? defaultSaveDir(target.file) : 'counterexamples');
  const results: ProofResultRow[] = [];
  for (const { counterexample, ...row } of proof.results) {
    const file = counterexample ? (await saveProofCounterexample(target, row.claim, counterexample, saveDir)).file : undefined;
    results.push({ ...row, ...(file ? { counterexample: file } : {}) });
  }
  const contradictions = claims.filter((law) => contradicts(target, law, results.filter((r) => r.claim === law), range));
  if (values.json) io.out(JSON.stringify({ rule: target.subject, results }, null, 2));
  else {
    const rows = results.map((r) => [r.claim, String(r.outcomes), r.verdict, String(r.ms), r.method ?? '', r.counterexample ?? r.note ?? '']);
    io.out(formatTable(['claim', 'n', 'verdict', 'ms', 'method', 'counterexample / note'], rows));
    for (const law of contradictions) io.out(`  NOT MET ${target.subject}/${law}: expected ${target.expectation(law)}`);
  }
  return contradictions.length > 0 ? EXIT.expectationNotMet : EXIT.ok;
}

/** The laws named by --claims (all by default); an unknown name is one line with a suggestion. */
function lawNames(names: readonly string[] | undefined): LawName[] {
  if (!names) return [...LAW_NAMES];
  return names.map((name, i) => {
    if (!(LAW_NAMES as readonly string[]).includes(name)) throw new SpecError(`--claims[${i}]`, `unknown law ${JSON.stringify(name)}${didYouMean(name, LAW_NAMES)}; laws: ${LAW_NAMES.join(', ')}`);
    return name as LawName;
  });
}

/** Re-certifies a solver counterexample with the engine and saves it where the search would have. */
async function saveProofCounterexample(target: ResolvedRule, law: LawName, counterexample: Counterexample, saveDir: string): Promise<{ file: string }> {
  const { claim, found } = proofCounterexample(target.rule, law, target.subject, counterexample);
  return { file: await saveFoundCounterexample(saveDir, claim, found, VERSION, target.file) };
}

/**
 * An expectation of 'holds' is contradicted by a refutation at any n. One of 'refuted' concerns the
 * registry's whole range (2..6): it is contradicted only when that whole range is proved (quadratic is
 * local for n = 2, where every rule is, and not for n >= 3).
 */
function contradicts(target: ResolvedRule, law: LawName, rows: readonly { verdict: string }[], range: { min: number; max: number }): boolean {
  const expect = target.expectation(law);
  if (expect === 'holds') return rows.some((r) => r.verdict === 'refuted');
  const wholeRange = range.min <= Math.max(2, target.rule.outcomes.min) && range.max >= Math.min(6, target.rule.outcomes.max);
  return expect === 'refuted' && wholeRange && rows.length > 0 && rows.every((r) => r.verdict === 'proved');
}
