import { bigintSqrt } from '../../numbers/bigintMath.ts';
import type { ConditionalGameSpec } from '../../games/GameSpec.ts';
import type { Rational } from '../../numbers/Rational.ts';
import { actionWeights, explorationPolicy } from '../explorationPolicy.ts';
import { actionTaken, principalPolicy } from '../principalPolicy.ts';
import { ceilDiv } from './fixedBall.ts';
import { type FixedPoint, rationalsOf } from './scaledProjection.ts';

/** What the principal does at the exact iterates (certified), and the weights the trainer gives each action. */
export interface CertifiedDecision {
  readonly action: number;
  readonly pi: readonly Rational[];
  readonly weights: readonly Rational[];
}

/**
 * The principal's decision at exact iterates known only as balls (centre c_a, radius e_a 2^-P, L2),
 * decided with the bound or not at all. With shared reports every aggregate the decision rules rank by is
 * EU(r_a) = <u_a, r_a> (principalPolicy), and |EU(r_a) - EU(c_a)| <= |u_a - mean(u_a)|_2 e_a (r_a - c_a is a
 * tangent vector), so each action's EU lies in a certified interval. The decision is certified when the
 * intervals fix the ranking the rule needs (the top action for argmax, optimistic max, average max and
 * epsilon-greedy; every pair for rank-softmax): strictly apart, or exact and equal (a tie, broken
 * toward the lowest index as everywhere). The decision itself is then that rule at the centres (same
 * ranking), memoised per ranking. Undefined: the balls leave the ranking open (the run is undecided there).
 */
export class PrincipalView {
  private readonly scaled: bigint[][];
  private readonly norms: bigint[];
  private readonly memo = new Map<string, CertifiedDecision>();

  constructor(
    private readonly spec: ConditionalGameSpec,
    private readonly exploration: Rational,
    private readonly importanceWeighted: boolean,
  ) {
    const den = spec.utility.flat().reduce((d, u) => lcm(d, u.den), 1n);
    this.scaled = spec.utility.map((row) => row.map((u) => (u.num * den) / u.den));
    this.norms = this.scaled.map(tangentNormCeil);
  }

  decide(c: readonly FixedPoint[], e: readonly bigint[]): CertifiedDecision | undefined {
    const eu = c.map((p, a) => {
      const centre = p.reduce((sum, m, j) => sum + m * this.scaled[a]![j]!, 0n);
      return { a, centre, lo: centre - this.norms[a]! * e[a]!, hi: centre + this.norms[a]! * e[a]!, exact: e[a] === 0n };
    });
    const key = this.spec.decision.kind === 'softmax' ? fullRanking(eu) : topAction(eu);
    if (key === undefined) return undefined;
    if (!this.memo.has(key)) {
      const pi = principalPolicy(this.spec, c.map(rationalsOf));
      const weights = actionWeights(explorationPolicy(pi, this.exploration), this.importanceWeighted);
      this.memo.set(key, { action: actionTaken(pi), pi, weights });
    }
    return this.memo.get(key)!;
  }
}

interface Enclosed {
  readonly a: number;
  readonly centre: bigint;
  readonly lo: bigint;
  readonly hi: bigint;
  readonly exact: boolean;
}

/** The top action when certified: one interval reaches above all lower ends, or exact equal values tie. */
function topAction(eu: readonly Enclosed[]): string | undefined {
  const floor = eu.reduce((m, x) => (x.lo > m ? x.lo : m), eu[0]!.lo);
  const candidates = eu.filter((x) => x.hi >= floor);
  if (candidates.length === 1) return `top ${candidates[0]!.a}`;
  const tie = candidates.every((x) => x.exact && x.centre === candidates[0]!.centre);
  return tie ? `top ${candidates[0]!.a}` : undefined;
}

/** The whole ranking when every pair is certified apart or certified equal. */
function fullRanking(eu: readonly Enclosed[]): string | undefined {
  const order = [...eu].sort((x, y) => (x.centre > y.centre ? -1 : x.centre < y.centre ? 1 : x.a - y.a));
  for (let i = 0; i < order.length; i++) {
    for (let j = i + 1; j < order.length; j++) {
      const [x, y] = [order[i]!, order[j]!];
      if (!(x.lo > y.hi) && !(x.exact && y.exact && x.centre === y.centre)) return undefined;
    }
  }
  return `rank ${order.map((x) => x.a).join(',')}`;
}

/** ceil(|u - mean(u)|_2) for an integer vector u. */
function tangentNormCeil(u: readonly bigint[]): bigint {
  const n = BigInt(u.length);
  const sum = u.reduce((s, x) => s + x, 0n);
  const squares = u.reduce((s, x) => s + x * x, 0n);
  const x = ceilDiv(n * squares - sum * sum, n);
  const root = bigintSqrt(x);
  return root * root === x ? root : root + 1n;
}

function lcm(a: bigint, b: bigint): bigint {
  let [x, y] = [a, b];
  while (y !== 0n) [x, y] = [y, x % y];
  return (a / x) * b;
}
