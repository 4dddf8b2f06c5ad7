import { Rational } from '../numbers/Rational.ts';
import { SpecError } from '../core/SpecError.ts';

/**
 * A probability distribution over n outcomes with exact rational coordinates:
 * every p_i >= 0 and sum p_i = 1, checked at construction. Immutable.
 */
export class Distribution {
  private constructor(readonly coords: readonly Rational[]) {}

  /** Distribution.of(['1/2', '1/3', '1/6']); throws SpecError (naming `at`) if not a distribution. */
  static of(values: readonly (Rational | string | number | bigint)[], at = 'distribution'): Distribution {
    if (values.length < 1) throw new SpecError(at, 'needs at least one coordinate');
    const coords = values.map((v, i) => {
      try {
        return v instanceof Rational ? v : Rational.of(v);
      } catch {
        throw new SpecError(`${at}[${i}]`, `not a rational number: ${JSON.stringify(String(v))}`);
      }
    });
    coords.forEach((c, i) => {
      if (c.sign() < 0) throw new SpecError(`${at}[${i}]`, `negative probability ${c}`);
    });
    const total = Rational.sum(coords);
    if (!total.equals(Rational.ONE)) throw new SpecError(at, `coordinates sum to ${total}, not 1`);
    return new Distribution(coords);
  }

  /** Normalises non-negative integer weights (not all zero): the generators' canonical form. */
  static fromWeights(weights: readonly (number | bigint)[]): Distribution {
    const w = weights.map((x) => BigInt(x));
    const total = w.reduce((s, x) => s + x, 0n);
    if (total <= 0n || w.some((x) => x < 0n)) throw new RangeError('weights must be non-negative, not all zero');
    return new Distribution(w.map((x) => Rational.fraction(x, total)));
  }

  static uniform(n: number): Distribution {
    return Distribution.fromWeights(Array.from({ length: n }, () => 1));
  }

  /** The point mass on outcome i (a vertex of the simplex). */
  static vertex(n: number, i: number): Distribution {
    return Distribution.fromWeights(Array.from({ length: n }, (_, j) => (j === i ? 1 : 0)));
  }

  /** Binary shorthand (p, 1 - p), p = P(first outcome). */
  static binary(p: Rational | string | number): Distribution {
    const x = p instanceof Rational ? p : Rational.of(p);
    return Distribution.of([x, Rational.ONE.sub(x)]);
  }

  get size(): number {
    return this.coords.length;
  }
  at(i: number): Rational {
    const c = this.coords[i];
    if (c === undefined) throw new RangeError(`outcome ${i} out of range 0..${this.size - 1}`);
    return c;
  }
  isInterior(): boolean {
    return this.coords.every((c) => c.sign() > 0);
  }
  /** The same distribution with outcomes relabelled: result[i] = this[perm[i]]. */
  permute(perm: readonly number[]): Distribution {
    return new Distribution(perm.map((j) => this.at(j)));
  }
  equals(other: Distribution): boolean {
    return this.size === other.size && this.coords.every((c, i) => c.equals(other.at(i)));
  }
  toJSON(): string[] {
    return this.coords.map((c) => c.toString());
  }
  toString(): string {
    return `(${this.coords.join(', ')})`;
  }
}
