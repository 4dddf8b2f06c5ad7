import { LAW_NAMES, type LawName } from '../core/LawName.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import type { Counterexample } from './certifyInstance.ts';
import type { ProofVerdict } from './ProofResult.ts';
import { proveLaw } from './proveLaw.ts';
import { withZ3 } from './z3Session.ts';

export interface ProveRuleOptions {
  /** Defaults to every shared law. */
  readonly laws?: readonly LawName[];
  /** Inclusive range of n; clipped to the rule's own outcomes range. Default [2, 4]. */
  readonly outcomes?: readonly [number, number];
  /** Per solver query. Default 10 s. */
  readonly timeoutMs?: number;
}

export interface ProofRow {
  readonly claim: LawName;
  readonly outcomes: number;
  readonly verdict: ProofVerdict;
  readonly ms: number;
  readonly method?: 'separable' | 'direct';
  readonly note?: string;
  readonly counterexample?: Counterexample;
}

export interface RuleProof {
  readonly rule: string;
  readonly results: readonly ProofRow[];
}

/**
 * Every (law, n) of a rule through the proof tier, in one z3 session that is closed at the end (so a
 * CLI process exits). A law found outside the tier at one n is outside at every n: it is not re-asked.
 */
export async function proveRule(rule: ScoringRule, opts: ProveRuleOptions = {}): Promise<RuleProof> {
  const laws = opts.laws ?? LAW_NAMES;
  const [lo, hi] = opts.outcomes ?? [2, 4];
  const ns = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i).filter((n) => n >= rule.outcomes.min && n <= rule.outcomes.max);
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const results = await withZ3(async (session) => {
    const rows: ProofRow[] = [];
    for (const claim of laws) {
      let outside: ProofRow | undefined;
      for (const n of ns) {
        const r = outside ?? (await proveLaw(rule, claim, n, { timeoutMs }, session));
        const row: ProofRow = { claim, ...r, outcomes: n, ms: Math.round(r.ms) };
        if (r.verdict === 'outside') outside = { ...row, ms: 0 };
        rows.push(row);
      }
    }
    return rows;
  });
  return { rule: rule.id, results };
}
