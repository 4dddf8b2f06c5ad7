import type { Field } from '../numbers/Field.ts';
import { Rational } from '../numbers/Rational.ts';
import { Distribution } from '../simplex/Distribution.ts';
import type { MapSpec } from '../performative/map/MapSpec.ts';
import { MAP_KINDS } from '../performative/map/MapSpec.ts';
import { evaluateMap } from '../performative/map/evaluateMap.ts';

/** A performative map as `holds` sees it: f(p) in the tier of p. */
export type MapIn<T> = (p: readonly T[]) => T[];

/**
 * An input as `holds` sees it in a tier with values T: distributions become arrays of T, rationals T,
 * maps functions; numbers, strings and booleans stay; arrays and records are lifted field by field.
 */
export type Lifted<I, T> = I extends Distribution
  ? readonly T[]
  : I extends Rational
    ? T
    : I extends MapSpec
      ? MapIn<T>
      : I extends number | string | boolean | bigint | undefined
        ? I
        : I extends readonly (infer E)[]
          ? readonly Lifted<E, T>[]
          : { readonly [K in keyof I]: Lifted<I[K], T> };

/** Lifts an exact input into tier F (Lifted's runtime side). */
export function liftInput<I, T>(F: Field<T>, value: I): Lifted<I, T> {
  return lift(F, value) as Lifted<I, T>;
}

function lift<T>(F: Field<T>, value: unknown): unknown {
  if (value instanceof Distribution) return Object.freeze(value.coords.map((c) => F.fromRational(c)));
  if (value instanceof Rational) return F.fromRational(value);
  if (Array.isArray(value)) return Object.freeze(value.map((v) => lift(F, v)));
  if (isMapSpec(value)) return (p: readonly T[]) => evaluateMap(F, value, p);
  if (typeof value === 'object' && value !== null) return Object.freeze(Object.fromEntries(Object.entries(value).map(([k, v]) => [k, lift(F, v)])));
  return value;
}

function isMapSpec(value: unknown): value is MapSpec {
  return typeof value === 'object' && value !== null && (MAP_KINDS as readonly unknown[]).includes((value as { kind?: unknown }).kind);
}
