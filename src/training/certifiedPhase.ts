import { expectedUtility } from '../decisions/expectedUtility.ts';
import type { ConditionalGameSpec } from '../games/GameSpec.ts';
import { Rational } from '../numbers/Rational.ts';
import { certifiedLimit } from './certifiedLimit.ts';
import { PRECISION_BITS, UNIT } from './_internals/fixedBall.ts';
import { type CertifiedDecision, PrincipalView } from './_internals/principalView.ts';
import { type FixedPoint, fixedFromRationals, rationalsOf } from './_internals/scaledProjection.ts';
import type { TrajectorySampler } from './_internals/trajectorySampler.ts';
import type { Reports } from './objectiveSlopes.ts';
import type { StepModel } from './StepModel.ts';
import type { Convergence, TrainingProgress } from './TrainingRun.ts';

/** Steps between two attempts at the limit certificate in this tier (each costs exact rational arithmetic). */
const CHECK_EVERY = 16;

export interface PhaseOptions {
  readonly exploration: Rational;
  readonly importanceWeighted: boolean;
  readonly steps: number;
  readonly stepSize: Rational;
  readonly untilConverged: boolean;
  readonly floor: Rational;
}

/** Where the exact phase left off. */
export interface Handover {
  readonly step: number;
  readonly reports: Reports;
  readonly convergence: Convergence;
}

export interface PhaseResult {
  readonly final: Reports;
  readonly finalRadius: readonly Rational[];
  readonly finalAction: number | 'undecided';
  readonly convergence: Convergence;
  readonly bits: number;
}

/**
 * The gradient trainer's certified tier (StepModel): the exact iterates are known as balls of fixed-point
 * points (coordinates m 2^-P, sum exactly 1) with L2 radii e 2^-P. The principal's action is decided with
 * the radii (PrincipalView) or the run stops `undecided`; each weighted action steps by its model, which
 * carries the radius (L e + s gamma + n: a contraction keeps it bounded). The limit certificate is tried
 * every CHECK_EVERY steps on the balls (certifiedLimit accepts enclosures). Records go to the sampler.
 */
export function runCertifiedPhase(
  spec: ConditionalGameSpec,
  model: StepModel,
  opts: PhaseOptions,
  from: Handover,
  sampler: TrajectorySampler,
  progress: (step: number, tier: TrainingProgress['tier'], radius: number) => void,
): PhaseResult {
  const view = new PrincipalView(spec, opts.exploration, opts.importanceWeighted);
  const rounded = from.reports.map(fixedFromRationals);
  let c: readonly FixedPoint[] = rounded.map((x) => x.point);
  let e: readonly bigint[] = rounded.map((x) => x.error);
  // An action that has not moved since the handover (weight 0 so far) is still known exactly: its report is
  // given as it is, with radius 0 (its ball, a rounding of it, serves the decisions only).
  let unmoved: readonly (Reports[number] | undefined)[] = from.reports;
  const enclosure = () => enclosureOf(c, e, unmoved);
  let convergence = from.convergence;
  let steps: { decision: CertifiedDecision; s: Rational[] } | undefined;
  const result = (action: number | 'undecided'): PhaseResult => {
    const { reports, radius } = enclosure();
    return { final: reports, finalRadius: radius, finalAction: action, convergence, bits: Number(PRECISION_BITS) };
  };
  for (let t = from.step; ; t++) {
    const decision = view.decide(c, e);
    if (!decision) {
      convergence = { kind: 'undecided', step: t, reason: "the balls around the iterates leave the principal's action open" };
      return result('undecided');
    }
    if (steps?.decision !== decision) steps = { decision, s: decision.weights.map((w) => opts.stepSize.mul(w)) };
    const [cs, es, us] = [c, e, unmoved]; // this step's state (immutable values), for a record made later
    sampler.offer(t, () => ({ step: t, ...enclosureOf(cs, es, us), actionTaken: decision.action, principalUtility: utilityOf(spec, decision.action) }));
    if (convergence.kind === 'none' && (t - from.step) % CHECK_EVERY === 0) {
      const cert = certifiedLimit(spec, model, enclosure(), decision, opts.stepSize);
      if (cert) convergence = { kind: 'certified-limit', step: t, limit: cert.limit, limitRadius: cert.limitRadius, rate: cert.rate, apart: cert.apart };
    }
    if (t >= opts.steps || (opts.untilConverged && convergence.kind !== 'none')) return result(decision.action);
    const next = c.map((p, a) => (steps!.s[a]!.sign() > 0 ? model.step(a, steps!.s[a]!, p, e[a]!) : { c: p, e: e[a]! }));
    if (next.some((x) => x === undefined)) {
      convergence = { kind: 'undecided', step: t, reason: 'the step could not be bounded in the fixed-point tier (no certified Lipschitz bound)' };
      return result(decision.action);
    }
    unmoved = unmoved.map((p, a) => (steps!.s[a]!.sign() > 0 ? undefined : p));
    c = next.map((x) => x!.c);
    e = next.map((x) => x!.e);
    progress(t + 1, 'certified', Number(e.reduce((m, x) => (x > m ? x : m), 0n)) / Number(UNIT));
  }
}

/** The exact iterates as reports within radii: an unmoved action exactly, the others as their balls. */
function enclosureOf(c: readonly FixedPoint[], e: readonly bigint[], unmoved: readonly (Reports[number] | undefined)[]): { reports: Reports; radius: Rational[] } {
  return { reports: c.map((p, a) => unmoved[a] ?? rationalsOf(p)), radius: e.map((x, a) => (unmoved[a] ? Rational.ZERO : radiusOf(x))) };
}

function radiusOf(e: bigint): Rational {
  return Rational.fraction(e, UNIT);
}

function utilityOf(spec: ConditionalGameSpec, action: number): Rational {
  return expectedUtility(spec.truth[action]!, spec.utility[action]!);
}
