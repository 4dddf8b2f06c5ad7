import type { Field } from '../../numbers/Field.ts';
import type { Rational } from '../../numbers/Rational.ts';

/**
 * A performative map f: simplex -> simplex (docs/mathematics.md PP-00) as a tagged, immutable value with exact
 * rational parameters. The JSON form (see mapSpecCodec.ts) uses the same field names with "n/d" strings.
 * Binary maps act on x = p[0], the probability of the first outcome, and return (f(x), 1 - f(x)).
 */
export type MapSpec =
  | StochasticMatrixSpec
  | BinaryPiecewiseLinearSpec
  | AffineClippedSpec
  | StepSpec
  | LogisticSpec
  | MixtureSpec
  | CodeMapSpec;

/** f(p) = sum_j p_j columns[j]; every column a distribution over the same n outcomes (docs/mathematics.md §1.2). */
export interface StochasticMatrixSpec {
  readonly kind: 'stochastic-matrix';
  readonly columns: readonly (readonly Rational[])[];
}

/** Linear interpolation of points [x, y]: first x = 0, last x = 1, x strictly increasing, y in [0, 1]. */
export interface BinaryPiecewiseLinearSpec {
  readonly kind: 'binary-piecewise-linear';
  readonly points: readonly (readonly [Rational, Rational])[];
}

/** f(x) = clip(a + b x, 0, 1): the linear families of PP-07 and SG-03 with clipping. */
export interface AffineClippedSpec {
  readonly kind: 'affine-clipped';
  readonly a: Rational;
  readonly b: Rational;
}

/** Threshold map (discontinuous): f(x) = below for x < threshold, above for x >= threshold. */
export interface StepSpec {
  readonly kind: 'step';
  readonly threshold: Rational;
  readonly below: Rational;
  readonly above: Rational;
}

/** f(x) = 1 / (1 + exp(-(a + b x))): irrational values, decided by certified intervals. */
export interface LogisticSpec {
  readonly kind: 'logistic';
  readonly a: Rational;
  readonly b: Rational;
}

/** f(p) = sum_k weights[k] components[k](p); weights a distribution, components over the same outcomes. */
export interface MixtureSpec {
  readonly kind: 'mixture';
  readonly weights: readonly Rational[];
  readonly components: readonly MapSpec[];
}

/** f(p) written once against Field, as a rule's score is: it runs in every tier (exact, intervals, duals). */
export type MapFunction = <T>(F: Field<T>, p: readonly T[]) => readonly T[];

/**
 * A map given as code (a module's default export, loaded by store/loadMapFile.ts): nothing is known
 * about it but what evaluating f in the tiers shows. Exact tiers check that f(p) is a distribution at
 * every report evaluated (rulefile/guardedMap.ts); bounds over a box come from evaluating f on intervals,
 * slopes from duals over intervals where no branch of f is in doubt (binaryMapEnclosure.ts).
 */
export interface CodeMapSpec {
  readonly kind: 'code';
  /** What reports call it (the module's `name`, else its file). */
  readonly name: string;
  readonly file?: string;
  readonly outcomes: number;
  readonly f: MapFunction;
}

export type MapKind = MapSpec['kind'];

/** The kinds a JSON map spec may have (a map given as code is a module, not JSON). */
export type JsonMapKind = Exclude<MapKind, 'code'>;

export const MAP_KINDS: readonly JsonMapKind[] = [
  'stochastic-matrix',
  'binary-piecewise-linear',
  'affine-clipped',
  'step',
  'logistic',
  'mixture',
];
