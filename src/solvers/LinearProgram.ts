import { Rational } from '../numbers/Rational.ts';

export type RowSense = '<=' | '>=' | '=';

export interface LpRow {
  readonly coeffs: readonly Rational[];
  readonly sense: RowSense;
  readonly rhs: Rational;
}

/**
 * maximise c.x subject to rows a_r.x (<=, >=, =) b_r and x >= 0, with exact rational data. Immutable.
 *
 * Its dual (LP duality, e.g. Schrijver, Theory of Linear and Integer Programming, ch. 7) is
 * minimise b.y subject to A^T y >= c, with y_r >= 0 on <= rows, y_r <= 0 on >= rows, y_r free on = rows.
 */
export class LinearProgram {
  private constructor(
    readonly objective: readonly Rational[],
    readonly rows: readonly LpRow[],
  ) {}

  static of(objective: readonly Rational[], rows: readonly LpRow[]): LinearProgram {
    const n = objective.length;
    rows.forEach((r, i) => {
      if (r.coeffs.length !== n) throw new RangeError(`row ${i} has ${r.coeffs.length} coefficients, expected ${n}`);
    });
    return new LinearProgram(
      Object.freeze([...objective]),
      Object.freeze(rows.map((r) => Object.freeze({ coeffs: Object.freeze([...r.coeffs]), sense: r.sense, rhs: r.rhs }))),
    );
  }

  get variables(): number {
    return this.objective.length;
  }

  /** The objective value c.x. */
  value(x: readonly Rational[]): Rational {
    return Rational.sum(this.objective.map((c, j) => c.mul(x[j]!)));
  }
}

/** An optimal primal-dual pair: x optimal, y optimal for the dual above, equal objectives. */
export interface LpSolution {
  readonly value: Rational;
  readonly x: readonly Rational[];
  readonly y: readonly Rational[];
}

/**
 * The LP has no feasible point. `farkas` proves it (Farkas' lemma): y with the dual signs above,
 * A^T y >= 0 and b.y < 0, checked exactly before this error is thrown.
 */
export class LpInfeasibleError extends Error {
  constructor(readonly farkas: readonly Rational[]) {
    super('the linear program is infeasible');
    this.name = 'LpInfeasibleError';
  }
}

/**
 * The objective is unbounded above. `point` is feasible and `ray` >= 0 keeps every row (A ray <= 0,
 * >= 0, = 0 by sense) while c.ray > 0, checked exactly before this error is thrown.
 */
export class LpUnboundedError extends Error {
  constructor(
    readonly point: readonly Rational[],
    readonly ray: readonly Rational[],
  ) {
    super('the linear program is unbounded');
    this.name = 'LpUnboundedError';
  }
}
