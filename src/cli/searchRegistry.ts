import type { Claim } from '../core/Claim.ts';
import { registry, selectClaims } from '../registry/registry.ts';
import { SpecError } from '../core/SpecError.ts';
import { loadCounterexamples } from '../store/counterexampleStore.ts';
import type { Io } from './Io.ts';
import { BUDGET_OPTIONS, searchBudget } from './parseCommandArgs.ts';
import { savedCasesByClaim } from './savedCases.ts';
import { type SearchedClaim, searchClaims } from './searchClaims.ts';

/** The flags of a registry search (`run`, `report`). */
export const REGISTRY_SEARCH_OPTIONS = {
  ...BUDGET_OPTIONS,
  claim: { type: 'string', multiple: true },
  'no-screening': { type: 'boolean' },
} as const;

export interface RegistrySearch {
  readonly seed: number;
  readonly searched: SearchedClaim[];
  /** Unreadable saved files and files naming unregistered claims: bad input, one line each. */
  readonly problems: string[];
}

/** Searches the registered claims chosen by --claim (all by default), replaying saved files first. */
export async function searchRegistry(
  values: { claim?: string[]; 'no-screening'?: boolean; runs?: string; seed?: string; 'time-limit'?: string; 'save-dir'?: string },
  io: Io,
): Promise<RegistrySearch> {
  const claims = chooseClaims(values.claim ?? []);
  const budget = searchBudget(values);
  const { entries, errors } = await loadCounterexamples([budget.saveDir], { missingIsEmpty: true });
  const known = new Set(registry.map((c) => c.id));
  const unknown = entries
    .filter((e) => !e.record.ruleFile && !known.has(e.record.claim))
    .map((e) => `${e.file}: claim: ${e.record.claim} is not a registered claim`);
  const searched = await searchClaims(
    claims,
    { ...budget, screening: !values['no-screening'], saved: savedCasesByClaim(entries.filter((e) => !e.record.ruleFile)) },
    io,
  );
  return { seed: budget.seed, searched, problems: [...errors.map((e) => e.line), ...unknown, ...searched.flatMap((s) => s.result.invalid)] };
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
