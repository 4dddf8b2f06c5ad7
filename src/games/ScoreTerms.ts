import type { NumericField } from '../numbers/Field.ts';
import { Rational } from '../numbers/Rational.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';

/** coef * S(report, world), with S(p, q) = sum_y q_y S(p, y) (terms with q_y = 0 skipped: 0 * S := 0). */
export interface ScoreTerm {
  readonly coef: Rational;
  readonly report: readonly Rational[];
  readonly world: readonly Rational[];
}

/**
 * A payoff as an exact linear combination of expected scores. Terms with the same report and world are
 * merged and zero coefficients dropped, so payoffs that agree structurally (e.g. two predictors with equal
 * reports on the chosen action) cancel EXACTLY, even for irrational rules whose values are only enclosed.
 */
export class ScoreTerms {
  private constructor(readonly terms: readonly ScoreTerm[]) {}

  static of(terms: readonly ScoreTerm[]): ScoreTerms {
    const merged = new Map<string, ScoreTerm>();
    for (const t of terms) {
      const key = `${t.report.join(',')}|${t.world.join(',')}`;
      const prev = merged.get(key);
      merged.set(key, prev ? { ...t, coef: prev.coef.add(t.coef) } : t);
    }
    return new ScoreTerms([...merged.values()].filter((t) => !t.coef.isZero()));
  }

  static readonly ZERO = new ScoreTerms([]);

  /** Structurally zero: every coefficient cancelled. */
  isZero(): boolean {
    return this.terms.length === 0;
  }
  add(other: ScoreTerms): ScoreTerms {
    return ScoreTerms.of([...this.terms, ...other.terms]);
  }
  scale(k: Rational): ScoreTerms {
    return ScoreTerms.of(this.terms.map((t) => ({ ...t, coef: t.coef.mul(k) })));
  }
  sub(other: ScoreTerms): ScoreTerms {
    return this.add(other.scale(Rational.ONE.neg()));
  }

  /** The value in any numeric tier (exact in the rationals for rational-valued rules). */
  evaluate<T>(F: NumericField<T>, rule: ScoringRule): T {
    return F.sum(this.terms.map((t) => F.mul(F.fromRational(t.coef), expectedScore(F, rule, t.report, t.world))));
  }

  /** Exact value (throws InexactError for irrational values); `cache` memoises S(p, q). */
  exact(rule: ScoringRule, cache: Map<string, Rational>, F: NumericField<Rational>): Rational {
    return Rational.sum(
      this.terms.map((t) => {
        const key = `${t.report.join(',')}|${t.world.join(',')}`;
        let s = cache.get(key);
        if (s === undefined) {
          s = expectedScore(F, rule, t.report, t.world);
          cache.set(key, s);
        }
        return t.coef.mul(s);
      }),
    );
  }

  toJSON(): { coef: string; report: string[]; world: string[] }[] {
    return this.terms.map((t) => ({ coef: t.coef.toString(), report: t.report.map(String), world: t.world.map(String) }));
  }
}

function expectedScore<T>(F: NumericField<T>, rule: ScoringRule, report: readonly Rational[], world: readonly Rational[]): T {
  const p = report.map((c) => F.fromRational(c));
  return F.sum(world.flatMap((q, y) => (q.isZero() ? [] : [F.mul(F.fromRational(q), rule.score(F, p, y))])));
}
