import fc from 'fast-check';
import type { Claim, CheckContext } from '../../core/Claim.ts';
import type { CaseOutcome } from '../../core/CaseOutcome.ts';
import type { Codec } from '../../core/Codec.ts';
import type { Json } from '../../core/Json.ts';
import { SpecError } from '../../core/SpecError.ts';
import { checkKeys, readArray, readObject, readRational } from '../../core/readJson.ts';
import { decide } from '../../certify/decide.ts';
import { expectedUtility } from '../../decisions/expectedUtility.ts';
import type { Field } from '../../numbers/Field.ts';
import { Rational } from '../../numbers/Rational.ts';
import { reportGrid } from '../../simplex/reportGrid.ts';

/**
 * The function h of a decision scoring rule (docs/mathematics.md DEC-05), on expected utilities mu >= 0:
 * - power: h(mu) = c mu^k (k a positive integer);
 * - exp: h(mu) = e^(c mu) (irrational values: decided by certified intervals);
 * - piecewise-linear: through the points (x_0 = 0, y_0), ..., (x_m, y_m), extended by its last slope;
 *   h'(mu) is the slope of the piece to the right of mu (a subgradient where h is convex).
 */
export type HSpec =
  | { readonly kind: 'power'; readonly c: Rational; readonly k: number }
  | { readonly kind: 'exp'; readonly c: Rational }
  | { readonly kind: 'piecewise-linear'; readonly points: readonly (readonly [Rational, Rational])[] };

/** The slope of the piece to the right of mu (the last slope beyond the last point). */
function pieceAt(points: readonly (readonly [Rational, Rational])[], mu: Rational): { x: Rational; y: Rational; slope: Rational } {
  let i = 0;
  while (i + 2 < points.length && points[i + 1]![0].le(mu)) i += 1;
  const [[x0, y0], [x1, y1]] = [points[i]!, points[i + 1]!];
  return { x: x0, y: y0, slope: y1.sub(y0).div(x1.sub(x0)) };
}

/** h(mu) and h'(mu) in any tier, for a rational mu. */
export function hValues<T>(F: Field<T>, h: HSpec, mu: Rational): { value: T; slope: T } {
  const m = F.fromRational(mu);
  if (h.kind === 'power') {
    const c = F.fromRational(h.c);
    return { value: F.mul(c, F.pow(m, h.k)), slope: h.k === 1 ? c : F.mul(F.mul(c, F.of(h.k)), F.pow(m, h.k - 1)) };
  }
  if (h.kind === 'exp') {
    const e = F.exp(F.mul(F.fromRational(h.c), m));
    return { value: e, slope: F.mul(F.fromRational(h.c), e) };
  }
  const { x, y, slope } = pieceAt(h.points, mu);
  return { value: F.fromRational(y.add(slope.mul(mu.sub(x)))), slope: F.fromRational(slope) };
}

/** The slopes of a piecewise-linear h, in order. */
function slopes(points: readonly (readonly [Rational, Rational])[]): Rational[] {
  return points.slice(1).map(([x1, y1], i) => y1.sub(points[i]![1]).div(x1.sub(points[i]![0])));
}

/** Whether h is convex and nondecreasing on mu >= 0 (DEC-05's hypotheses), read off its parameters. */
export function convexNondecreasing(h: HSpec): boolean {
  if (h.kind === 'power' || h.kind === 'exp') return h.c.sign() >= 0;
  const s = slopes(h.points);
  return s.every((x, i) => x.sign() >= 0 && (i === 0 || s[i - 1]!.le(x)));
}

/** A finite decision problem: utility[a][y] and the true conditionals truth[a] (on the grid of denominator `grid`). */
export interface DecisionModel {
  readonly utility: readonly (readonly Rational[])[];
  readonly truth: readonly (readonly Rational[])[];
  readonly grid: number;
}

type ScoringInput = { readonly model: DecisionModel; readonly h: HSpec; readonly deviation?: { readonly action: number; readonly mu: Rational } };

/**
 * The expected payment of recommending action r and reporting mu_hat: h(mu_hat) + h'(mu_hat)(mu_r - mu_hat),
 * mu_r = EU(r) under the truth (the principal takes r; the payment is affine in U(r, y)).
 */
function expectedPayment<T>(F: Field<T>, h: HSpec, muTrue: Rational, muHat: Rational): T {
  const { value, slope } = hValues(F, h, muHat);
  return F.add(value, F.mul(slope, F.fromRational(muTrue.sub(muHat))));
}

/** Every (recommendation, report) a check compares with honesty: each action with reports on a grid of step 1/(2 grid) in [0, max U], and the input's own. */
function deviations(input: ScoringInput): { action: number; mu: Rational }[] {
  const top = input.model.utility.flat().reduce((m, u) => Rational.max(m, u), Rational.ZERO);
  const steps = Number(top.mul(Rational.of(2 * input.model.grid)).num / top.mul(Rational.of(2 * input.model.grid)).den);
  const mus = Array.from({ length: steps + 1 }, (_, j) => Rational.of(BigInt(j), BigInt(2 * input.model.grid)));
  const out = input.model.truth.flatMap((_, action) => mus.map((mu) => ({ action, mu })));
  return input.deviation ? [...out, input.deviation] : out;
}

/** Honest recommendation and report (the best action, its true EU) against every deviation, certified. */
function checkScoring(input: ScoringInput, ctx: CheckContext): CaseOutcome {
  const mu = input.model.truth.map((q, a) => expectedUtility(q, input.model.utility[a]!));
  const best = mu.reduce((m, v) => Rational.max(m, v));
  for (const d of deviations(input)) {
    const out = decide((F) => ({ lhs: expectedPayment(F, input.h, best, best), rhs: expectedPayment(F, input.h, mu[d.action]!, d.mu), relation: '>=', labels: ['E[pay | honest]', 'E[pay | deviation]'] }), ctx);
    if (out.kind !== 'holds') return out.kind === 'refuted' ? { ...out, witness: { recommended: d.action, reported: String(d.mu), trueUtilities: mu.map(String), comparison: out.witness } } : out;
  }
  return { kind: 'holds', by: { tier: 'rational' } };
}

/** Models with 2 or 3 actions, 2 or 3 outcomes, integer utilities 0..3, truths on a grid of denominator 1..4. */
export function decisionModelArbitrary(maxUtility = 3): fc.Arbitrary<DecisionModel> {
  return fc.record({ k: fc.integer({ min: 2, max: 3 }), n: fc.integer({ min: 2, max: 3 }), grid: fc.integer({ min: 1, max: 4 }) }).chain(({ k, n, grid }) => {
    const points = reportGrid(n, grid, false);
    return fc.record({
      utility: fc.array(fc.array(fc.integer({ min: 0, max: maxUtility }).map((u) => Rational.of(u)), { minLength: n, maxLength: n }), { minLength: k, maxLength: k }),
      truth: fc.array(fc.integer({ min: 0, max: points.length - 1 }).map((i) => points[i]!), { minLength: k, maxLength: k }),
      grid: fc.constant(grid),
    });
  });
}

const piecewise = (convex: boolean) =>
  fc
    .array(fc.integer({ min: 0, max: 4 }).map((s) => Rational.of(BigInt(s), 2n)), { minLength: 2, maxLength: 3 })
    .filter((s) => convex === s.every((x, i) => i === 0 || s[i - 1]!.le(x)))
    .map((s): HSpec => {
      // pieces of length 1 from 0: (0, 0), (1, s0), (2, s0 + s1), ...
      const points: [Rational, Rational][] = [[Rational.ZERO, Rational.ZERO]];
      s.forEach((slope, i) => points.push([Rational.of(i + 1), points[i]![1].add(slope)]));
      return { kind: 'piecewise-linear', points };
    });

/** JSON codec of {model, h, deviation}; `premise` checks the claim's hypotheses on h. */
export function scoringCodec(premise: (h: HSpec, at: string) => void): Codec<ScoringInput> {
  return {
    encode: ({ model, h, deviation }) =>
      ({
        model: modelJson(model),
        h: h.kind === 'piecewise-linear' ? { kind: h.kind, points: h.points.map(([x, y]) => [String(x), String(y)]) } : h.kind === 'power' ? { kind: h.kind, c: String(h.c), k: h.k } : { kind: h.kind, c: String(h.c) },
        ...(deviation ? { deviation: { action: deviation.action, mu: String(deviation.mu) } } : {}),
      }) as Json,
    decode(json, at) {
      const obj = readObject(json, at);
      for (const key of Object.keys(obj)) if (!['model', 'h', 'deviation'].includes(key)) throw new SpecError(`${at}.${key}`, 'unknown field (expected model, h, deviation)');
      const model = decodeModel(obj.model, `${at}.model`);
      const h = decodeH(obj.h, `${at}.h`);
      premise(h, `${at}.h`);
      if (obj.deviation === undefined) return { model, h };
      const d = readObject(obj.deviation, `${at}.deviation`);
      checkKeys(d, ['action', 'mu'], `${at}.deviation`);
      if (typeof d.action !== 'number' || !Number.isInteger(d.action) || d.action < 0 || d.action >= model.truth.length) throw new SpecError(`${at}.deviation.action`, `expected an action index below ${model.truth.length}`);
      const mu = readRational(d.mu, `${at}.deviation.mu`);
      if (mu.sign() < 0) throw new SpecError(`${at}.deviation.mu`, 'reports an expected utility >= 0');
      return { model, h, deviation: { action: d.action, mu } };
    },
  };
}

export function modelJson(model: DecisionModel): Json {
  return { utility: model.utility.map((row) => row.map(String)), truth: model.truth.map((row) => row.map(String)), grid: model.grid };
}

/** A decision model from JSON: rows of equal length, non-negative utilities, truths that are distributions on the grid. */
export function decodeModel(json: unknown, at: string): DecisionModel {
  const obj = readObject(json, at);
  checkKeys(obj, ['utility', 'truth', 'grid'], at);
  const rows = (key: string) => readArray(obj[key], `${at}.${key}`, 1).map((row, a) => readArray(row, `${at}.${key}[${a}]`, 2).map((v, y) => readRational(v, `${at}.${key}[${a}][${y}]`)));
  const [utility, truth] = [rows('utility'), rows('truth')];
  const grid = obj.grid;
  if (typeof grid !== 'number' || !Number.isInteger(grid) || grid < 1 || grid > 12) throw new SpecError(`${at}.grid`, 'expected an integer 1..12');
  if (utility.length !== truth.length) throw new SpecError(`${at}.truth`, `needs one row per action (${utility.length})`);
  const n = utility[0]!.length;
  truth.forEach((q, a) => {
    if (q.length !== n || utility[a]!.length !== n) throw new SpecError(`${at}.truth[${a}]`, `needs ${n} outcomes`);
    if (q.some((x) => x.sign() < 0) || !Rational.sum(q).equals(Rational.ONE)) throw new SpecError(`${at}.truth[${a}]`, 'must be a distribution');
    if (q.some((x) => !x.mul(Rational.of(grid)).isInteger())) throw new SpecError(`${at}.truth[${a}]`, `must lie on the grid of denominator ${grid}`);
  });
  utility.forEach((row, a) => row.forEach((u, y) => {
    if (u.sign() < 0) throw new SpecError(`${at}.utility[${a}][${y}]`, 'utilities must be >= 0');
  }));
  return { utility, truth, grid };
}

function decodeH(json: unknown, at: string): HSpec {
  const obj = readObject(json, at);
  if (obj.kind === 'power') {
    checkKeys(obj, ['kind', 'c', 'k'], at);
    if (typeof obj.k !== 'number' || !Number.isInteger(obj.k) || obj.k < 1 || obj.k > 6) throw new SpecError(`${at}.k`, 'expected an integer 1..6');
    return { kind: 'power', c: readRational(obj.c, `${at}.c`), k: obj.k };
  }
  if (obj.kind === 'exp') {
    checkKeys(obj, ['kind', 'c'], at);
    return { kind: 'exp', c: readRational(obj.c, `${at}.c`) };
  }
  if (obj.kind !== 'piecewise-linear') throw new SpecError(`${at}.kind`, 'expected power, exp or piecewise-linear');
  checkKeys(obj, ['kind', 'points'], at);
  const points = readArray(obj.points, `${at}.points`, 2).map((p, i) => {
    const xy = readArray(p, `${at}.points[${i}]`, 2);
    return [readRational(xy[0], `${at}.points[${i}][0]`), readRational(xy[1], `${at}.points[${i}][1]`)] as const;
  });
  if (!points[0]![0].isZero()) throw new SpecError(`${at}.points[0]`, 'must start at x = 0');
  points.forEach((p, i) => {
    if (i > 0 && !points[i - 1]![0].lt(p[0])) throw new SpecError(`${at}.points[${i}]`, 'x must increase strictly');
  });
  return { kind: 'piecewise-linear', points };
}

/**
 * DEC-05 (holds): paying h(mu_hat) + h'(mu_hat)(U(y) - mu_hat) for the recommended action, with h convex and
 * nondecreasing, makes recommending the best action and reporting its true expected utility optimal.
 */
export const decisionScoringProperClaim: Claim<ScoringInput> = {
  id: 'decision-scoring/convex-nondecreasing-h-proper',
  statement: 'An expert recommends an action r (which the principal takes) and reports its expected utility mu_hat, and is paid h(mu_hat) + h\'(mu_hat)(U(r, y) - mu_hat) with h convex and nondecreasing (c mu^k, e^(c mu) with c >= 0, convex piecewise-linear): recommending the best action and reporting its expected utility maximises the expected payment.',
  source: 'docs/mathematics.md DEC-05 (Oesterheld & Conitzer 2020; the example family is DERIVED)',
  expect: 'holds',
  arbitrary: fc.record({
    model: decisionModelArbitrary(),
    h: fc.oneof(
      fc.record({ kind: fc.constant('power' as const), c: fc.integer({ min: 0, max: 3 }).map((c) => Rational.of(c)), k: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ kind: fc.constant('exp' as const), c: fc.integer({ min: 0, max: 4 }).map((c) => Rational.of(BigInt(c), 2n)) }),
      piecewise(true),
    ),
    mu: fc.integer({ min: 0, max: 36 }).map((j) => Rational.of(BigInt(j), 12n)),
    action: fc.nat({ max: 2 }),
  }).map(({ model, h, mu, action }) => ({ model, h, deviation: { action: action % model.truth.length, mu } })),
  codec: scoringCodec((h, at) => {
    if (!convexNondecreasing(h)) throw new SpecError(at, 'this claim is about h convex and nondecreasing');
  }),
  check: checkScoring,
};

/** DEC-05 without convexity (FALSE): a concave kink in h makes over- or under-reporting the expected utility pay. */
export const decisionScoringNonConvexClaim: Claim<ScoringInput> = {
  id: 'decision-scoring/non-convex-h-proper',
  statement: 'The decision scoring rule h(mu_hat) + h\'(mu_hat)(U(r, y) - mu_hat) with h nondecreasing but not convex (piecewise-linear with a concave kink) still makes the honest recommendation and report optimal.',
  source: 'docs/mathematics.md DEC-05 (convexity of h is what makes reporting mu optimal)',
  expect: 'refuted',
  arbitrary: fc.record({ model: decisionModelArbitrary(), h: piecewise(false) }),
  codec: scoringCodec((h, at) => {
    if (h.kind !== 'piecewise-linear' || convexNondecreasing(h) || slopes(h.points).some((s) => s.sign() < 0)) throw new SpecError(at, 'this claim is about a nondecreasing piecewise-linear h that is not convex');
  }),
  check: checkScoring,
};
