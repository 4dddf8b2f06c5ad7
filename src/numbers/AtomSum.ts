import { InexactError } from './Field.ts';
import { Rational } from './Rational.ts';

/**
 * c + sum_i k_i * atom_i: an exact Q-linear combination of formal irrational atoms such as "ln(2/3)". Equal atoms
 * merge, so ln(2/3) - ln(2/3) is EXACTLY 0 (the seat-2 copy of a score cancels seat 1's). Sound in one direction
 * only: a combination with no atoms left is that rational number; one with atoms left is treated as unknown
 * (ln 4 - 2 ln 2 is not recognised as 0), and any question about it throws InexactError (escalate to intervals).
 */
export class AtomSum {
  private constructor(
    readonly constant: Rational,
    readonly atoms: ReadonlyMap<string, Rational>,
  ) {}

  static of(r: Rational): AtomSum {
    return new AtomSum(r, new Map());
  }
  static atom(name: string): AtomSum {
    return new AtomSum(Rational.ZERO, new Map([[name, Rational.ONE]]));
  }

  /** The rational value, or undefined while atoms remain. */
  get rational(): Rational | undefined {
    return this.atoms.size === 0 ? this.constant : undefined;
  }
  /** The rational value; throws InexactError while atoms remain. */
  exact(op: string): Rational {
    const r = this.rational;
    if (r === undefined) throw new InexactError(op);
    return r;
  }
  isZero(): boolean {
    return this.atoms.size === 0 && this.constant.isZero();
  }

  add(b: AtomSum): AtomSum {
    const atoms = new Map(this.atoms);
    for (const [k, c] of b.atoms) {
      const sum = (atoms.get(k) ?? Rational.ZERO).add(c);
      if (sum.isZero()) atoms.delete(k);
      else atoms.set(k, sum);
    }
    return new AtomSum(this.constant.add(b.constant), atoms);
  }
  scale(k: Rational): AtomSum {
    if (k.isZero()) return AtomSum.of(Rational.ZERO);
    return new AtomSum(this.constant.mul(k), new Map([...this.atoms].map(([name, c]) => [name, c.mul(k)])));
  }
  neg(): AtomSum {
    return this.scale(Rational.ONE.neg());
  }
  sub(b: AtomSum): AtomSum {
    return this.add(b.neg());
  }
  /** "c + k1*atom1 + ...", atoms in name order (an exact, readable form for witnesses). */
  toString(): string {
    const parts = [...this.atoms].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, k]) => `${k}*${name}`);
    return this.constant.isZero() && parts.length > 0 ? parts.join(' + ') : [this.constant.toString(), ...parts].join(' + ');
  }

  /** A product in which one factor is rational (else InexactError: products of atoms are not tracked). */
  mul(b: AtomSum): AtomSum {
    const r = this.rational;
    if (r !== undefined) return b.scale(r);
    return this.scale(b.exact('product of irrational values'));
  }
}
