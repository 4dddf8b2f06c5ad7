import type { ScoringRule } from '../scoring/ScoringRule.ts';
import type { RuleDomain } from '../simplex/RuleDomain.ts';
import type { ProofBudget } from './ProofBudget.ts';
import type { ProofFacts } from './ProofFacts.ts';
import type { Z3Session } from './z3Session.ts';

/** Everything one law at one n is proved with: the solver, the rule and n, the budget, and what is known. */
export interface ProofContext {
  readonly session: Z3Session;
  readonly rule: ScoringRule;
  readonly n: number;
  readonly domain: RuleDomain;
  readonly budget: ProofBudget;
  readonly facts: ProofFacts;
}
