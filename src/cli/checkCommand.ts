import { isLawName, LAW_NAMES, type LawName } from '../claims/laws/LawName.ts';
import { laws } from '../claims/laws/laws.ts';
import { lawClaim } from '../claims/lawClaim.ts';
import { SpecError } from '../claims/SpecError.ts';
import { claimResultNotes } from '../report/claimResultNotes.ts';
import { formatTable } from '../report/formatTable.ts';
import { performativeBattery } from '../performative/performativeBattery.ts';
import { DEFAULT_CLAIM_TIME_LIMIT_MS, DEFAULT_RUNS } from '../search/budget.ts';
import { DEFAULT_EVALUATION_LIMIT_MS, timeLimitedClaim } from '../rulefile/timeLimitedClaim.ts';
import type { UserRule } from '../rulefile/UserRule.ts';
import { loadCounterexamples } from '../store/counterexampleStore.ts';
import { loadRuleFile } from '../store/loadRuleFile.ts';
import { EXIT, type Io } from './Io.ts';
import { integerFlag, parseCommandArgs, rangeFlag, seedFlag } from './parseCommandArgs.ts';
import { savedCasesByClaim } from './savedCases.ts';
import { type LawProofOutcome, proveLaws } from './proveLaws.ts';
import { fromUserRule } from './resolveRule.ts';
import { searchClaims } from './searchClaims.ts';
import { gameBattery } from '../games/claims/gameClaims.ts';

const DEFAULT_RANGE = { min: 2, max: 6 };
/** Per SMT query in `check`: proofs are a bonus on top of the search, so they are kept short. */
const DEFAULT_PROOF_TIMEOUT_MS = 3_000;

/**
 * `propercheck check <rule-file>`: the author's claims about a rule plus the standard battery.
 * Exit 0 when no claim of the author is refuted, 1 when one is, 2 on bad input.
 */
export async function checkCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('check', argv, {
    claims: { type: 'string' },
    outcomes: { type: 'string' },
    runs: { type: 'string' },
    seed: { type: 'string' },
    'time-limit': { type: 'string' },
    'eval-limit': { type: 'string' },
    'save-dir': { type: 'string' },
    'proof-timeout': { type: 'string' },
    'no-proof': { type: 'boolean' },
    json: { type: 'boolean' },
  });
  if (positionals.length !== 1) throw new SpecError('propercheck check', 'expects exactly one rule file');
  const user = await loadRuleFile(positionals[0]!);
  const outcomes = outcomeRange(user, values.outcomes);
  const names = values.claims === undefined ? battery(user) : claimList(values.claims);
  const evalLimit = integerFlag(values['eval-limit'], '--eval-limit', DEFAULT_EVALUATION_LIMIT_MS);
  const games = values.claims === undefined ? gameBattery(user.rule) : [];
  const claims = [
    ...names.map((name) => timeLimitedClaim(lawClaim(user.rule, laws[name], 'holds', outcomes, { subject: user.name }), user.file, evalLimit)),
    ...games.map((c) => timeLimitedClaim({ ...c, id: `${user.name}/${c.id.slice(c.id.indexOf('/') + 1)}` }, user.file, evalLimit)),
  ];
  const claimNames: string[] = [...names, ...games.map((c) => c.id.slice(c.id.indexOf('/') + 1))];
  const saveDir = values['save-dir'] ?? 'counterexamples';
  const { entries } = await loadCounterexamples([saveDir]);
  const seed = seedFlag(values.seed);
  const searched = await searchClaims(
    claims,
    {
      runs: integerFlag(values.runs, '--runs', DEFAULT_RUNS),
      seed,
      timeLimitMs: integerFlag(values['time-limit'], '--time-limit', DEFAULT_CLAIM_TIME_LIMIT_MS),
      saveDir,
      saved: savedCasesByClaim(entries.filter((e) => e.record.claim.startsWith(`${user.name}/`))),
      ruleFile: user.file,
    },
    io,
  );
  // The proof tier upgrades 'unrefuted' to 'proved' where it can (or finds what the search missed).
  const unrefuted = names.filter((_, i) => searched[i]!.result.verdict === 'unrefuted');
  const proofs = values['no-proof']
    ? new Map<LawName, LawProofOutcome>()
    : await proveLaws(fromUserRule(user), unrefuted, outcomes, {
        timeoutMs: integerFlag(values['proof-timeout'], '--proof-timeout', DEFAULT_PROOF_TIMEOUT_MS),
        saveDir,
      });
  const results = searched.map(({ result: r, file }, i) => {
    const claim = claimNames[i]!;
    const proof = proofs.get(claim as LawName);
    const base = { claim, claimedByAuthor: user.claims.includes(claim as LawName), verdict: r.verdict, cases: r.cases, ms: r.ms };
    if (proof?.verdict === 'proved') return { ...base, verdict: 'proved' as const, provedFor: `${proof.outcomes[0]}..${proof.outcomes[1]}`, ms: r.ms + proof.ms };
    if (proof?.verdict === 'refuted') return { ...base, verdict: 'refuted' as const, counterexample: proof.counterexample, witness: proof.witness, ms: r.ms + proof.ms };
    return { ...base, ...(proof ? { proofNote: proof.note } : {}), ...(file ? { counterexample: file, witness: r.counterexample!.witness } : {}) };
  });
  // The performative battery for the rule (issue 3 item 5): not the author's claims, so never a reason for exit 1.
  const performative = performativeBattery(user.rule, user.claims.includes('strictly-proper'));
  const performativeSearched = await searchClaims(
    performative.claims.map((c) => timeLimitedClaim(c, user.file, evalLimit)),
    {
      runs: integerFlag(values.runs, '--runs', DEFAULT_RUNS),
      seed,
      timeLimitMs: integerFlag(values['time-limit'], '--time-limit', DEFAULT_CLAIM_TIME_LIMIT_MS),
      saveDir,
      saved: savedCasesByClaim(entries.filter((e) => e.record.claim.startsWith(`${user.name}/`))),
      ruleFile: user.file,
    },
    io,
  );
  const performativeResults = performativeSearched.map(({ result: r, file }, i) => ({
    claim: performative.claims[i]!.id.slice(user.name.length + 1),
    claimedByAuthor: false,
    verdict: r.verdict,
    cases: r.cases,
    ms: r.ms,
    ...(file ? { counterexample: file, witness: r.counterexample!.witness } : {}),
  }));
  if (values.json) {
    io.out(JSON.stringify({ rule: user.name, outcomes, seed, results: [...results, ...performativeResults], notes: performative.notes }, null, 2));
  } else {
    io.out(`rule ${user.name} (${user.file}), outcomes ${outcomes.min}..${outcomes.max}, seed ${seed}`);
    const rows = results.map((r) => [
      r.claim,
      r.claimedByAuthor ? 'yes' : 'no',
      'provedFor' in r ? `proved (n = ${r.provedFor})` : r.verdict,
      String(r.cases),
      String(r.ms),
      ('counterexample' in r ? r.counterexample : undefined) ?? ('proofNote' in r ? `proof: ${r.proofNote}` : ''),
    ]);
    for (const r of performativeResults) rows.push([r.claim, 'no', r.verdict, String(r.cases), String(r.ms), r.counterexample ?? '']);
    io.out(formatTable(['claim', 'claimed', 'verdict', 'cases', 'ms', 'counterexample / proof'], rows));
    for (const { result } of [...searched, ...performativeSearched]) for (const line of claimResultNotes(result)) io.out(line);
    for (const note of performative.notes) io.out(`  note: ${note}`);
  }
  return results.some((r) => r.claimedByAuthor && r.verdict === 'refuted') ? EXIT.expectationNotMet : EXIT.ok;
}

/** The author's claims first, then the rest of the standard battery. */
function battery(user: UserRule): LawName[] {
  return [...user.claims, ...LAW_NAMES.filter((n) => !user.claims.includes(n))];
}

function claimList(text: string): LawName[] {
  return text.split(',').map((s, i) => {
    const name = s.trim();
    if (!isLawName(name)) throw new SpecError(`--claims[${i}]`, `unknown claim ${JSON.stringify(name)}; known: ${LAW_NAMES.join(', ')}`);
    return name;
  });
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
