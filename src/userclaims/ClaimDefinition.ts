import type { Comparison } from '../certify/Comparison.ts';
import type { Expectation } from '../core/Claim.ts';
import type { Json } from '../core/Json.ts';
import type { ClaimField } from './ClaimField.ts';
import type { InputSpec } from './InputSpec.ts';
import type { Lifted } from './Lifted.ts';

/** The rule a user-defined claim is about, in the tier `holds` runs in. */
export interface RuleInTier<T> {
  /** S(p, y). */
  score(p: readonly T[], y: number): T;
  /** S(p, q) = sum_y q_y S(p, y). */
  expected(p: readonly T[], q: readonly T[]): T;
}

/**
 * A property stated by a user (api `defineClaim`), searched, decided, shrunk, saved and replayed like
 * the built-in claims: `holds` returns what must hold for one input as comparisons built with F
 * (F.ge, F.gt, F.eq, ...); every comparison must hold. It runs in every tier (floats screen, exact
 * rationals and certified intervals decide), so it must compute with F only.
 */
export interface ClaimDefinition<I = unknown> {
  /** The claim's name: its id is `<rule name>/<name>`. Letters, digits, - and _. */
  readonly name: string;
  readonly statement: string;
  /** Where the mathematics comes from (default: "user-defined"). */
  readonly source?: string;
  /** What you expect: 'holds' (default) or 'refuted' (the search must then find a counterexample). */
  readonly expect?: Expectation;
  readonly input: InputSpec<I>;
  holds<T>(F: ClaimField<T>, input: Lifted<I, T>, S: RuleInTier<T>): Comparison<T> | readonly Comparison<T>[];
  /** Pinned inputs (their stored JSON form), decided first on every run, like saved counterexamples. */
  readonly examples?: readonly Json[];
}

/** Whether an entry of a rule file's `claims` is a definition (an object with `holds` and an `input`) rather than a name. */
export function isClaimDefinition(value: unknown): value is ClaimDefinition {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { holds?: unknown; input?: { build?: unknown } };
  return typeof v.holds === 'function' && typeof v.input?.build === 'function';
}
