import { join } from 'node:path';
import { SpecError } from '../core/SpecError.ts';
import { claimResultNotes } from '../report/claimResultNotes.ts';
import { formatTable } from '../report/formatTable.ts';
import { RULE_CLAIM_NAMES } from '../rulefile/ruleClaimNames.ts';
import { DEFAULT_EVALUATION_LIMIT_MS, timeLimitedClaim } from '../rulefile/timeLimitedClaim.ts';
import { DEFAULT_CHECK_RUNS } from '../search/budget.ts';
import type { UserRule } from '../rulefile/UserRule.ts';
import { type UserRuleClaim, userRuleClaims } from '../rulefile/userRuleClaims.ts';
import { laws } from '../laws/laws.ts';
import { lawClaim } from '../laws/lawClaim.ts';
import type { Claim } from '../core/Claim.ts';
import type { SavedCase } from '../search/replaySaved.ts';
import type { LawName } from '../core/LawName.ts';
import { loadCounterexamples } from '../store/counterexampleStore.ts';
import { loadRuleFile } from '../store/loadRuleFile.ts';
import { EXIT, type Io } from './Io.ts';
import { BUDGET_OPTIONS, integerFlag, namesFlag, parseCommandArgs, rangeFlag, searchBudget } from './parseCommandArgs.ts';
import { type LawProofOutcome, proveLaws } from './proveLaws.ts';
import { fromUserRule } from './resolveRule.ts';
import { savedCasesByClaim } from './savedCases.ts';
import { searchClaims } from './searchClaims.ts';

const DEFAULT_RANGE = { min: 2, max: 6 };
/** Per SMT query in `check`: proofs are a bonus on top of the search, so they are kept short. */
const DEFAULT_PROOF_TIMEOUT_MS = 3_000;

/**
 * `propercheck check <rule-file>`: the author's claims about a rule plus the standard battery (the
 * shared laws, then the performative and game claims instantiated for the rule). Unrefuted laws go to
 * the proof tier. Exit 0 when no claim of the author is refuted, 1 when one is, 2 on bad input.
 */
export async function checkCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('check', argv, {
    ...BUDGET_OPTIONS,
    claims: { type: 'string' },
    outcomes: { type: 'string' },
    'eval-limit': { type: 'string' },
    'proof-timeout': { type: 'string' },
    'no-proof': { type: 'boolean' },
    json: { type: 'boolean' },
  });
  if (positionals.length !== 1) throw new SpecError('propercheck check', 'expects exactly one rule file');
  const user = await loadRuleFile(positionals[0]!);
  const outcomes = outcomeRange(user, values.outcomes);
  const selected = values.claims === undefined ? undefined : namesFlag(values.claims, '--claims', RULE_CLAIM_NAMES);
  const evalLimit = integerFlag(values['eval-limit'], '--eval-limit', DEFAULT_EVALUATION_LIMIT_MS);
  const built = userRuleClaims(user, outcomes);
  const chosen = built.claims.filter((c) => !selected || selected.includes(c.name));
  const budget = searchBudget(values, DEFAULT_CHECK_RUNS);
  // Only this rule's folder: files about other rules are not this check's business.
  const { entries, errors } = await loadCounterexamples([join(budget.saveDir, user.name)], { missingIsEmpty: true });
  const searched = await searchClaims(
    chosen.map((c) => timeLimitedClaim(c.claim, user.file, evalLimit)),
    { ...budget, saved: inCheckedRange(savedCasesByClaim(entries), chosen, user), ruleFile: user.file },
    io,
  );
  // The proof tier upgrades unrefuted laws to 'proved' where it can (or finds what the search missed).
  const unrefutedLaws = chosen.filter((c, i) => c.law && searched[i]!.result.verdict === 'unrefuted').map((c) => c.law!);
  const proofs = values['no-proof']
    ? new Map<LawName, LawProofOutcome>()
    : await proveLaws(fromUserRule(user), unrefutedLaws, outcomes, {
        timeoutMs: integerFlag(values['proof-timeout'], '--proof-timeout', DEFAULT_PROOF_TIMEOUT_MS),
        saveDir: budget.saveDir,
      });
  const results = searched.map(({ result: r, file }, i) => {
    const { name, law } = chosen[i]!;
    const proof = law ? proofs.get(law) : undefined;
    const base = { claim: name, claimedByAuthor: user.claims.includes(name), verdict: r.verdict, cases: r.cases, ms: r.ms };
    if (proof?.verdict === 'proved') return { ...base, verdict: 'proved' as const, provedFor: `${proof.outcomes[0]}..${proof.outcomes[1]}`, ms: r.ms + proof.ms };
    if (proof?.verdict === 'refuted') return { ...base, verdict: 'refuted' as const, counterexample: proof.counterexample, witness: proof.witness, ms: r.ms + proof.ms };
    return { ...base, ...(proof ? { proofNote: proof.note } : {}), ...(file ? { counterexample: file, witness: r.counterexample!.witness } : {}) };
  });
  const notes = selected ? [] : built.notes;
  if (values.json) {
    io.out(JSON.stringify({ rule: user.name, outcomes, seed: budget.seed, results, notes }, null, 2));
  } else {
    io.out(`rule ${user.name} (${user.file}), outcomes ${outcomes.min}..${outcomes.max}, seed ${budget.seed}`);
    const rows = results.map((r) => [
      r.claim,
      r.claimedByAuthor ? 'yes' : 'no',
      'provedFor' in r ? `proved (n = ${r.provedFor})` : r.verdict,
      String(r.cases),
      String(r.ms),
      ('counterexample' in r ? r.counterexample : undefined) ?? ('proofNote' in r ? `proof: ${r.proofNote}` : ''),
    ]);
    io.out(formatTable(['claim', 'claimed', 'verdict', 'cases', 'ms', 'counterexample / proof'], rows));
    for (const { result } of searched) for (const line of claimResultNotes(result)) io.out(line);
    for (const note of notes) io.out(`  note: ${note}`);
  }
  const problems = [...errors.map((e) => e.line), ...searched.flatMap((s) => s.result.invalid)];
  for (const problem of problems) io.err(`error: ${problem}`);
  if (problems.length > 0) return EXIT.badInput;
  return results.some((r) => r.claimedByAuthor && r.verdict === 'refuted') ? EXIT.expectationNotMet : EXIT.ok;
}

function outcomeRange(user: UserRule, flag: string | undefined): { min: number; max: number } {
  const declared = user.rule.outcomes;
  if (flag === undefined) return user.declaredOutcomes ? declared : DEFAULT_RANGE;
  const range = rangeFlag(flag, '--outcomes');
  if (range.min < declared.min || range.max > declared.max) {
    throw new SpecError('--outcomes', `${range.min}..${range.max} is outside the rule's outcomes ${declared.min}..${declared.max} (${user.file})`);
  }
  return range;
}

/**
 * Saved counterexamples that belong to this check: a file whose input is valid for the rule but has a
 * number of outcomes outside --outcomes is left out (not replayed, not an error); a file that is not
 * valid at all stays, so that the replay reports it.
 */
function inCheckedRange(saved: Map<string, SavedCase[]>, chosen: readonly UserRuleClaim[], user: UserRule): Map<string, SavedCase[]> {
  // Only the laws depend on the range; the battery claims are the same whatever --outcomes says.
  const fullRange = (c: UserRuleClaim): Claim => (c.law ? lawClaim(user.rule, laws[c.law], 'holds', user.rule.outcomes, { subject: user.name }) : c.claim);
  const decodes = (claim: Claim, input: SavedCase['input']) => {
    try {
      claim.codec.decode(input, 'input');
      return true;
    } catch {
      return false;
    }
  };
  const kept = new Map<string, SavedCase[]>();
  for (const chosenClaim of chosen) {
    const { claim } = chosenClaim;
    const wide = fullRange(chosenClaim);
    const cases = (saved.get(claim.id) ?? []).filter((s) => decodes(claim, s.input) || !decodes(wide, s.input));
    kept.set(claim.id, cases);
  }
  return kept;
}
