import fc from 'fast-check';
import type { CaseOutcome } from '../../core/CaseOutcome.ts';
import type { Claim } from '../../core/Claim.ts';
import type { Codec } from '../../core/Codec.ts';
import type { Json } from '../../core/Json.ts';
import { SpecError } from '../../core/SpecError.ts';
import { checkKeys, readObject, readRational } from '../../core/readJson.ts';
import { decide as decideAction } from '../../decisions/decide.ts';
import { argmaxLowest, expectedUtility } from '../../decisions/expectedUtility.ts';
import { countTieBreaks } from '../../decisions/tieBreak.ts';
import { Rational } from '../../numbers/Rational.ts';
import { reportGrid } from '../../simplex/reportGrid.ts';
import { decodeModel, type DecisionModel, modelJson } from './decisionScoringClaims.ts';

/**
 * Boeken, Zoeter & Mooij (docs/mathematics.md DEC-06) on finite models: a forecaster reports F(.|a) for every
 * action, the principal takes a_F = argmax_a EU_F(a) (ties to the lowest index) and pays on the outcome y.
 * Payments checked: the utility score U(a_F, y) (Thm 3) and U(a_F, y) + Delta S'(F(.|a_F), y) (Thm 4) with
 * S'(p, y) = (1 + 2 p_y - |p|^2)/2, the quadratic rule rescaled into [0, 1] (strictly proper).
 */
type BzmInput = { readonly model: DecisionModel; readonly delta: Rational };

/** E_q[S'(p, y)] = (1 + 2 <p, q> - |p|^2) / 2. */
function normalisedQuadratic(p: readonly Rational[], q: readonly Rational[]): Rational {
  const dot = Rational.sum(p.map((x, y) => x.mul(q[y]!)));
  const norm = Rational.sum(p.map((x) => x.mul(x)));
  return Rational.ONE.add(dot.mul(Rational.of(2))).sub(norm).div(Rational.of(2));
}

/** All forecasts on the model's grid: every action's conditional a grid point (at most 12^... kept small by the generator). */
function forecasts(model: DecisionModel): (readonly (readonly Rational[])[])[] {
  const points = reportGrid(model.truth[0]!.length, model.grid, false);
  let out: (readonly Rational[])[][] = [[]];
  for (let a = 0; a < model.truth.length; a++) out = out.flatMap((f) => points.map((p) => [...f, p]));
  return out;
}

/** The expected payment of forecast F: EU_q(a_F) + delta E_q[S'(F(.|a_F), y)], and the action taken. */
function payment(model: DecisionModel, delta: Rational, f: readonly (readonly Rational[])[]): { action: number; value: Rational } {
  const action = argmaxLowest(decideAction({ kind: 'argmax' }, model.utility, [f]));
  const eu = expectedUtility(model.truth[action]!, model.utility[action]!);
  return { action, value: eu.add(delta.mul(normalisedQuadratic(f[action]!, model.truth[action]!))) };
}

/** Honest forecasting earns at least as much as every grid forecast (exact rationals; tie-breaks counted). */
function checkIncentives({ model, delta }: BzmInput): CaseOutcome {
  const { result: honest, tieBreaks: honestTies } = countTieBreaks(() => payment(model, delta, model.truth));
  let tieDependent: CaseOutcome | undefined;
  for (const f of forecasts(model)) {
    const { result: dev, tieBreaks } = countTieBreaks(() => payment(model, delta, f));
    if (!dev.value.gt(honest.value)) continue;
    const refuted: CaseOutcome = {
      kind: 'refuted',
      by: { tier: 'rational' },
      tieBreaks: honestTies + tieBreaks,
      witness: { forecast: f.map((p) => p.map(String)), actionTaken: dev.action, payment: String(dev.value), honestAction: honest.action, honestPayment: String(honest.value) },
    };
    if (honestTies + tieBreaks === 0) return refuted;
    tieDependent ??= refuted;
  }
  return tieDependent ?? { kind: 'holds', by: { tier: 'rational' } };
}

/** The expected utilities of the actions under the truth, and the smallest gap between two of them. */
function smallestGap(model: DecisionModel): Rational {
  const eu = model.truth.map((q, a) => expectedUtility(q, model.utility[a]!));
  let gap: Rational | undefined;
  eu.forEach((u, a) => eu.forEach((v, b) => {
    if (a < b) gap = gap === undefined ? u.sub(v).abs() : Rational.min(gap, u.sub(v).abs());
  }));
  return gap!;
}

const unitUtility = fc.integer({ min: 0, max: 4 }).map((u) => Rational.of(BigInt(u), 4n));

/** Models with utilities in [0, 1] (quarters), 2 or 3 actions, 2 or 3 outcomes and a grid small enough to enumerate every forecast. */
function unitModel(): fc.Arbitrary<DecisionModel> {
  return fc.record({ k: fc.integer({ min: 2, max: 3 }), n: fc.integer({ min: 2, max: 3 }) }).chain(({ k, n }) =>
    fc.integer({ min: 1, max: n === 2 ? 4 : 2 }).chain((grid) => {
      const points = reportGrid(n, grid, false);
      return fc.record({
        utility: fc.array(fc.array(unitUtility, { minLength: n, maxLength: n }), { minLength: k, maxLength: k }),
        truth: fc.array(fc.integer({ min: 0, max: points.length - 1 }).map((i) => points[i]!), { minLength: k, maxLength: k }),
        grid: fc.constant(grid),
      });
    }),
  );
}

function bzmCodec(premise: (input: BzmInput, at: string) => void): Codec<BzmInput> {
  return {
    encode: ({ model, delta }) => ({ model: modelJson(model), delta: String(delta) }) as Json,
    decode(json, at) {
      const obj = readObject(json, at);
      checkKeys(obj, ['model', 'delta'], at);
      const model = decodeModel(obj.model, `${at}.model`);
      model.utility.forEach((row, a) => row.forEach((u, y) => {
        if (u.gt(Rational.ONE)) throw new SpecError(`${at}.model.utility[${a}][${y}]`, 'utilities must lie in [0, 1]');
      }));
      if (forecasts(model).length > 2000) throw new SpecError(`${at}.model.grid`, 'too many forecasts to enumerate (at most 2000)');
      const input = { model, delta: readRational(obj.delta, `${at}.delta`) };
      premise(input, at);
      return input;
    },
  };
}

const SOURCE = 'docs/mathematics.md DEC-06 (Boeken, Zoeter & Mooij 2025';

/** DEC-06 Thm 3 (holds): the utility score U(a_F, y) makes honest forecasting optimal. */
export const utilityScoreClaim: Claim<BzmInput> = {
  id: 'bzm/utility-score-incentive-compatible',
  statement: 'A forecaster whose forecast F(.|a) makes the principal take a_F = argmax EU_F and who is paid U(a_F, y) (utilities in [0, 1]) earns at least as much by forecasting honestly as by any other forecast on the grid.',
  source: `${SOURCE}, Thm 3; Oesterheld & Conitzer 2020)`,
  expect: 'holds',
  arbitrary: unitModel().map((model) => ({ model, delta: Rational.ZERO })),
  codec: bzmCodec(({ delta }, at) => {
    if (!delta.isZero()) throw new SpecError(`${at}.delta`, 'the utility score has delta = 0');
  }),
  check: checkIncentives,
};

/** DEC-06 Thm 4 (holds): U(a_F, y) + Delta S'(F(.|a_F), y) is proper and incentive-compatible when every utility gap exceeds Delta. */
export const utilityPlusScoreClaim: Claim<BzmInput> = {
  id: 'bzm/utility-plus-delta-score-incentive-compatible',
  statement: 'With utilities in [0, 1], S\'(p, y) = (1 + 2 p_y - |p|^2)/2 (proper, values in [0, 1]) and every gap between the expected utilities of two actions larger than Delta > 0, the payment U(a_F, y) + Delta S\'(F(.|a_F), y) makes honest forecasting optimal (no grid forecast earns more).',
  source: `${SOURCE}, Thm 4)`,
  expect: 'holds',
  arbitrary: unitModel()
    .filter((model) => smallestGap(model).sign() > 0)
    .chain((model) => fc.integer({ min: 1, max: 9 }).map((t) => ({ model, delta: smallestGap(model).mul(Rational.of(BigInt(t), 10n)) }))),
  codec: bzmCodec(({ model, delta }, at) => {
    if (!(delta.sign() > 0 && delta.lt(smallestGap(model)))) throw new SpecError(`${at}.delta`, `needs 0 < delta < the smallest utility gap (${smallestGap(model)})`);
  }),
  check: checkIncentives,
};

/** DEC-06 Thm 4 with Delta too large (FALSE): steering to a more predictable, slightly worse action pays. */
export const utilityPlusLargeScoreClaim: Claim<BzmInput> = {
  id: 'bzm/utility-plus-large-delta-score-incentive-compatible',
  statement: 'With utilities in [0, 1] and S\'(p, y) = (1 + 2 p_y - |p|^2)/2, the payment U(a_F, y) + Delta S\'(F(.|a_F), y) makes honest forecasting optimal even when Delta exceeds the smallest gap between two actions\' expected utilities.',
  source: `${SOURCE}, Thm 4: the gap condition is needed)`,
  expect: 'refuted',
  arbitrary: unitModel()
    .chain((model) => fc.constantFrom(Rational.ONE, Rational.of('1/2')).map((delta) => ({ model, delta })))
    .filter(({ model, delta }) => delta.gt(smallestGap(model))),
  codec: bzmCodec(({ model, delta }, at) => {
    if (!(delta.gt(smallestGap(model)) && delta.le(Rational.ONE))) throw new SpecError(`${at}.delta`, `needs the smallest utility gap (${smallestGap(model)}) < delta <= 1`);
  }),
  check: checkIncentives,
};

/**
 * DEC-06, Example 3 of [BZM25] (holds): the action is A = 1{F > tau} and the outcome Y = 1 - A (a
 * self-defeating model). No unconditional forecast F of P(Y = 1) is correct, and the conditional forecast
 * F(Y = 1 | A = 0) = 1, F(Y = 1 | A = 1) = 0 is correct whatever action follows.
 */
type DefeatInput = { readonly forecast: Rational; readonly tau: Rational; readonly y0: Rational; readonly y1: Rational };

export const selfDefeatingForecastClaim: Claim<DefeatInput> = {
  id: 'bzm/self-defeating-model-has-only-conditional-correct-forecasts',
  statement: 'With A = 1{F > tau} and Y = 1 - A, no forecast F in [0, 1] of P(Y = 1) equals the P(Y = 1) it induces, while the conditional forecast (F(Y = 1 | A = 0), F(Y = 1 | A = 1)) = (1, 0) is correct for both actions.',
  source: `${SOURCE}, Example 3), DEC-00`,
  expect: 'holds',
  arbitrary: fc.record({
    forecast: fc.integer({ min: 0, max: 20 }).map((k) => Rational.of(BigInt(k), 20n)),
    tau: fc.integer({ min: 1, max: 9 }).map((k) => Rational.of(BigInt(k), 10n)),
    y0: fc.constant(Rational.ONE),
    y1: fc.constant(Rational.ZERO),
  }),
  codec: {
    encode: (i) => ({ forecast: String(i.forecast), tau: String(i.tau), y0: String(i.y0), y1: String(i.y1) }),
    decode(json, at) {
      const obj = readObject(json, at);
      checkKeys(obj, ['forecast', 'tau', 'y0', 'y1'], at);
      const input = { forecast: readRational(obj.forecast, `${at}.forecast`), tau: readRational(obj.tau, `${at}.tau`), y0: readRational(obj.y0, `${at}.y0`), y1: readRational(obj.y1, `${at}.y1`) };
      if (input.forecast.sign() < 0 || input.forecast.gt(Rational.ONE)) throw new SpecError(`${at}.forecast`, 'must lie in [0, 1]');
      if (!(input.tau.sign() > 0 && input.tau.lt(Rational.ONE))) throw new SpecError(`${at}.tau`, 'needs 0 < tau < 1');
      if (!input.y0.equals(Rational.ONE) || !input.y1.isZero()) throw new SpecError(`${at}.y0`, 'the self-defeating model has Y = 1 - A (y0 = 1, y1 = 0)');
      return input;
    },
  },
  check({ forecast, tau, y0, y1 }) {
    const action = forecast.gt(tau) ? 1 : 0;
    const induced = action === 1 ? y1 : y0;
    const conditionalCorrect = y0.equals(Rational.ONE) && y1.isZero();
    if (!forecast.equals(induced) && conditionalCorrect) return { kind: 'holds', by: { tier: 'rational' } };
    return { kind: 'refuted', by: { tier: 'rational' }, witness: { forecast: String(forecast), action, inducedProbability: String(induced), conditionalForecastCorrect: conditionalCorrect } };
  },
};
