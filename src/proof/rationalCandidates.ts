import type { Model } from 'z3-solver';
import { Rational } from '../numbers/Rational.ts';
import type { RationalPoint } from './certifyInstance.ts';
import type { LawInstance } from './lawInstances.ts';
import type { Term } from './symbolicField.ts';
import type { Z3Session } from './z3Session.ts';

/** A model value: exact when z3 gives a rational numeral, else a 40-digit decimal of an algebraic number. */
export interface ModelValue {
  readonly exact?: Rational;
  readonly approx: Rational;
}

const DIGITS = 40;

function readValue(session: Z3Session, model: Model<'main'>, x: Term): ModelValue {
  const v = model.eval(x, true);
  if (session.ctx.isRealVal(v)) {
    const { numerator, denominator } = v.value();
    const exact = Rational.fraction(BigInt(numerator), BigInt(denominator));
    return { exact, approx: exact };
  }
  return { approx: Rational.of(session.decimal(v, DIGITS).replace('?', '')) };
}

export function readModel(
  session: Z3Session,
  model: Model<'main'>,
  vars: Readonly<Record<string, readonly Term[]>>,
): Readonly<Record<string, readonly ModelValue[]>> {
  return Object.fromEntries(Object.entries(vars).map(([name, xs]) => [name, xs.map((x) => readValue(session, model, x))]));
}

function round(x: Rational, digits: number): Rational {
  const scale = 10n ** BigInt(digits);
  const scaled = x.mul(Rational.of(scale));
  const floor = scaled.num / scaled.den - (scaled.num < 0n && scaled.num % scaled.den !== 0n ? 1n : 0n);
  const up = scaled.sub(Rational.of(floor)).ge(Rational.of('1/2')) ? 1n : 0n;
  return Rational.fraction(floor + up, scale);
}

/** Puts the rounding error on the largest coordinate (other than `keep`), so the sum is exactly 1. */
function project(v: readonly Rational[], keep?: number): Rational[] {
  const slack = v.reduce((best, c, i) => (i !== keep && (best < 0 || c.gt(v[best]!)) ? i : best), -1);
  const rest = Rational.sum(v.filter((_, i) => i !== slack));
  return v.map((c, i) => (i === slack ? Rational.ONE.sub(rest) : c));
}

/**
 * The point moved towards the barycentre: (1 - eps) v + eps u for every vector. It keeps the
 * premises (p_y = p'_y moves both sides alike; p != q stays p != q) and leaves the boundary, where a
 * rounded solver model may sit outside an interior domain or on a tie of a branching rule.
 */
function towardsCentre(point: RationalPoint, eps: Rational): RationalPoint {
  return Object.fromEntries(
    Object.entries(point).map(([name, v]) => [name, v.map((c) => c.mul(Rational.ONE.sub(eps)).add(eps.div(Rational.of(v.length))))]),
  );
}

/**
 * Rational points to re-certify, best first: the model itself when it is rational, then roundings of
 * it to 2, 4, 8, 16 and 32 decimals put back on the simplex (for algebraic models; a strict
 * violation survives a small move), then each of those moved slightly towards the barycentre
 * (towardsCentre). A premise p_y = p'_y is restored after rounding.
 */
export function rationalCandidates(
  instance: LawInstance,
  raw: Readonly<Record<string, readonly ModelValue[]>>,
): readonly RationalPoint[] {
  const names = instance.vectors;
  const exact = names.every((name) => raw[name]!.every((v) => v.exact !== undefined));
  const pr = instance.premise?.kind === 'equalAt' ? instance.premise : undefined;
  const rounded = [2, 4, 8, 16, 32].map((digits) => {
    const point: Record<string, Rational[]> = {};
    for (const name of names) {
      const v = raw[name]!.map((x) => round(x.approx, digits));
      if (pr && name === pr.b) v[pr.index] = point[pr.a]![pr.index]!;
      point[name] = project(v, pr && name === pr.b ? pr.index : undefined);
    }
    return point;
  });
  const asIs = Object.fromEntries(names.map((name) => [name, raw[name]!.map((v) => v.approx)]));
  const near = exact ? [asIs, ...rounded] : rounded;
  const moved = ['1/1000000', '1/10000', '1/100'].flatMap((eps) => near.map((point) => towardsCentre(point, Rational.of(eps))));
  return [...near, ...moved];
}
