import type { Claim } from '../core/Claim.ts';
import { SpecError } from '../core/SpecError.ts';
import { laws } from '../laws/laws.ts';
import { lawClaim } from '../laws/lawClaim.ts';
import { registry } from '../registry/registry.ts';
import { RuleFileError } from '../rulefile/RuleFileError.ts';
import { timeLimitedClaim } from '../rulefile/timeLimitedClaim.ts';
import type { ClaimResult } from '../search/ClaimResult.ts';
import { NotDeterministicError } from '../search/NotDeterministicError.ts';
import type { SavedCase } from '../search/replaySaved.ts';
import { runClaim } from '../search/runClaim.ts';
import { claimsOf, loadUserRule } from './ruleSession.ts';
import type { ClaimSource, SearchBudget } from './WorkerTask.ts';

/** Runs one claim (replay, search, shrink) inside a worker; `progress` hears the number of cases now and then. */
export async function runClaimTask(source: ClaimSource, budget: SearchBudget, saved: readonly SavedCase[], progress: (cases: number) => void): Promise<ClaimResult> {
  const { claim, cases, file } = await claimFor(source, saved);
  try {
    return runClaim(counting(claim, progress), { ...budget, saved: cases });
  } catch (error) {
    if (error instanceof NotDeterministicError && file) throw new RuleFileError(file, 'score', `is not deterministic: ${error.detail}`);
    throw error;
  }
}

async function claimFor(source: ClaimSource, saved: readonly SavedCase[]): Promise<{ claim: Claim; cases: readonly SavedCase[]; file?: string }> {
  if (source.kind === 'registry') {
    const claim = registry.find((c) => c.id === source.id);
    if (!claim) throw new SpecError('--claim', `${source.id} is not a registered claim`);
    return { claim, cases: saved };
  }
  const user = await loadUserRule(source.file);
  const entry = claimsOf(user, source.outcomes).claims.find((c) => c.name === source.name);
  if (!entry) throw new RuleFileError(source.file, 'claims', `the rule has no claim ${JSON.stringify(source.name)}`);
  // Pinned examples first, then saved files; a saved file valid for the rule but not for the checked
  // range (a law checked on fewer outcomes) is not this check's business and is left out.
  const wide: Claim = entry.law ? lawClaim(user.rule, laws[entry.law], 'holds', user.rule.outcomes, { subject: user.name }) : entry.claim;
  const pinned = (entry.examples ?? []).map((input, i) => ({ file: `${source.file}: claims ${entry.name} examples[${i}]`, input }));
  const inRange = saved.filter((s) => decodes(entry.claim, s) || !decodes(wide, s));
  return { claim: timeLimitedClaim(entry.claim, source.file, source.evalLimitMs), cases: [...pinned, ...inRange], file: source.file };
}

function decodes(claim: Claim, saved: SavedCase): boolean {
  try {
    claim.codec.decode(saved.input, 'input');
    return true;
  } catch {
    return false;
  }
}

/** The claim with every decided case counted, reported at most every 200 ms. */
function counting<I>(claim: Claim<I>, progress: (cases: number) => void): Claim<I> {
  let cases = 0;
  let last = 0;
  return {
    ...claim,
    check(input, ctx) {
      cases += 1;
      const now = performance.now();
      if (now - last > 200) {
        last = now;
        progress(cases);
      }
      return claim.check(input, ctx);
    },
  };
}
