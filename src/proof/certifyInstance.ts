import type { Comparison } from '../certify/Comparison.ts';
import type { Json } from '../core/Json.ts';
import { RationalField } from '../numbers/RationalField.ts';
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

function violated(c: Comparison<Rational>): boolean {
  const d = c.lhs.sub(c.rhs).sign();
  return c.relation === '>' ? d <= 0 : c.relation === '>=' ? d < 0 : d !== 0;
}

/**
 * Re-decides a solver's candidate in the exact tier with the same law comparison: only a point that is
 * in the rule's domain, meets the premise and violates the law exactly counts. A solver model is never
 * trusted on its own (z3's x/0 and algebraic models, our rounding of them). Returns undefined when the
 * point does not certify, including when the rule leaves the rationals there (InexactError).
 */
export function certifyInstance(
  rule: ScoringRule,
  instance: LawInstance,
  point: RationalPoint,
  domain: RuleDomain,
): Counterexample | undefined {
  if (!instance.vectors.every((name) => inDomain(point[name]!, domain)) || !premiseHolds(instance, point)) return undefined;
  let c: Comparison<Rational>;
  try {
    const values = Object.fromEntries(instance.vectors.map((name) => [name, point[name]!]));
    c = instance.comparison(RationalField, rule, values);
  } catch {
    return undefined;
  }
  if (!violated(c)) return undefined;
  const input: Json = {
    rule: rule.id,
    outcomes: point[instance.vectors[0]!]!.length,
    ...Object.fromEntries(instance.vectors.map((name) => [name, point[name]!.map(String)])),
    ...(instance.params as Record<string, Json>),
  };
  const witness: Json = { lhs: String(c.lhs), relation: c.relation, rhs: String(c.rhs), gap: String(c.lhs.sub(c.rhs)) };
  return { input, witness };
}
