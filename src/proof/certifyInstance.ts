import { decide } from '../certify/decide.ts';
import type { Decision } from '../certify/Decision.ts';
import type { Json } from '../core/Json.ts';
import { DomainError } from '../numbers/Field.ts';
import { Rational } from '../numbers/Rational.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import type { RuleDomain } from '../simplex/RuleDomain.ts';
import type { LawInstance } from './lawInstances.ts';

export type RationalPoint = Readonly<Record<string, readonly Rational[]>>;

/** A counterexample as the store saves it: exact numbers as "n/d" strings. */
export interface Counterexample {
  readonly input: Json;
  readonly witness: Json;
}

function inDomain(v: readonly Rational[], domain: RuleDomain): boolean {
  const ok = v.every((c) => (domain === 'interior' ? c.sign() > 0 : c.sign() >= 0));
  return ok && Rational.sum(v).equals(Rational.ONE);
}

function premiseHolds(instance: LawInstance, point: RationalPoint): boolean {
  const pr = instance.premise;
  if (!pr) return true;
  const a = point[pr.a]!;
  const b = point[pr.b]!;
  if (pr.kind === 'distinct') return a.some((c, i) => !c.equals(b[i]!));
  return a[pr.index]!.equals(b[pr.index]!);
}

/** The decision at a solver's point, or undefined where the rule is not defined there (a domain error). */
function decideAtPoint(job: () => Decision): Decision | undefined {
  try {
    return job();
  } catch (error) {
    if (error instanceof DomainError) return undefined;
    throw error;
  }
}

/**
 * Re-decides a solver's candidate with the certification engine (exact, else certified intervals) and the same law comparison: only a point that is
 * in the rule's domain, meets the premise and violates the law exactly counts. A solver model is never
 * trusted on its own (z3's x/0 and algebraic models, our rounding of them). Returns undefined when the
 * point does not certify, including where the rule is undefined (a domain error).
 */
export function certifyInstance(
  rule: ScoringRule,
  instance: LawInstance,
  point: RationalPoint,
  domain: RuleDomain,
): Counterexample | undefined {
  if (!instance.vectors.every((name) => inDomain(point[name]!, domain)) || !premiseHolds(instance, point)) return undefined;
  const decision = decideAtPoint(() =>
    decide((F) => instance.comparison(F, rule, Object.fromEntries(instance.vectors.map((name) => [name, point[name]!.map((c) => F.fromRational(c))])))),
  );
  if (decision?.kind !== 'refuted') return undefined;
  const input: Json = {
    rule: rule.id,
    outcomes: point[instance.vectors[0]!]!.length,
    ...Object.fromEntries(instance.vectors.map((name) => [name, point[name]!.map(String)])),
    ...(instance.params as Record<string, Json>),
  };
  return { input, witness: decision.witness };
}
