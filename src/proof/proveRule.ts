import { LAW_NAMES, type LawName } from '../core/LawName.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import type { Counterexample } from './certifyInstance.ts';
import { ProofFacts } from './ProofFacts.ts';
import type { ProofMethod, ProofVerdict } from './ProofResult.ts';
import { proveLaw } from './proveLaw.ts';
import { withZ3 } from './z3Session.ts';

export interface ProveRuleOptions {
  /** Defaults to every shared law. */
  readonly laws?: readonly LawName[];
  /** Inclusive range of n; clipped to the rule's own outcomes range. Default [2, 4]. */
  readonly outcomes?: readonly [number, number];
  /** The budget of each law at each n (all its solver queries and algebra together). Default 10 s. */
  readonly timeoutMs?: number;
  /** z3's memory cap in MiB (default DEFAULT_Z3_MEMORY_MIB): past it a query answers unknown. */
  readonly memoryMiB?: number;
}

export interface ProofRow {
  readonly claim: LawName;
  readonly outcomes: number;
  readonly verdict: ProofVerdict;
  readonly ms: number;
  readonly method?: ProofMethod;
  readonly note?: string;
  readonly counterexample?: Counterexample;
}

export interface RuleProof {
  readonly rule: string;
  readonly results: readonly ProofRow[];
}

/** Symmetry first: once proved at n it lets properness sort q and locality check one outcome (ProofFacts). */
const order = (laws: readonly LawName[]): LawName[] => [...laws].sort((a, b) => Number(b === 'symmetric') - Number(a === 'symmetric'));

/**
 * Every (law, n) of a rule through the proof tier, in one z3 session that is closed at the end (so a
 * CLI process exits). Each (law, n) has its own budget of `timeoutMs`, so the whole call is bounded by
 * laws x outcomes x timeoutMs. A law found outside the tier at one n is outside at every n: it is not
 * re-asked. Rows come back in the order of `laws`, n ascending.
 */
export async function proveRule(rule: ScoringRule, opts: ProveRuleOptions = {}): Promise<RuleProof> {
  const laws = opts.laws ?? LAW_NAMES;
  const [lo, hi] = opts.outcomes ?? [2, 4];
  const ns = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i).filter((n) => n >= rule.outcomes.min && n <= rule.outcomes.max);
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const facts = new ProofFacts();
  const rows = await withZ3(async (session) => {
    const out = new Map<LawName, ProofRow[]>();
    for (const claim of order(laws)) {
      let outside: ProofRow | undefined;
      const perN: ProofRow[] = [];
      for (const n of ns) {
        const r = outside ?? (await proveLaw(rule, claim, n, { timeoutMs, facts }, session));
        const row: ProofRow = { claim, ...r, outcomes: n, ms: Math.round(r.ms) };
        if (r.verdict === 'outside') outside = { ...row, ms: 0 };
        perN.push(row);
      }
      out.set(claim, perN);
    }
    return out;
  }, opts.memoryMiB === undefined ? {} : { memoryMiB: opts.memoryMiB });
  return { rule: rule.id, results: laws.flatMap((law) => rows.get(law) ?? []) };
}
