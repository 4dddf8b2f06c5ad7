import { Rational } from '../../../numbers/Rational.ts';

/** A box of reports [lo_i, hi_i] in all n coordinates; its points of interest are those in the simplex. */
export interface SimplexBox {
  readonly lo: readonly Rational[];
  readonly hi: readonly Rational[];
}

/**
 * The smallest box with the same points in the simplex: lo_i >= 1 - sum_{j != i} hi_j and
 * hi_i <= 1 - sum_{j != i} lo_j (repeated until nothing moves), or undefined when box ∩ simplex is empty.
 */
export function tightenToSimplex(box: SimplexBox): SimplexBox | undefined {
  let lo = [...box.lo];
  let hi = [...box.hi];
  for (let round = 0; round < 4; round++) {
    const [sLo, sHi] = [Rational.sum(lo), Rational.sum(hi)];
    if (sLo.gt(Rational.ONE) || sHi.lt(Rational.ONE)) return undefined;
    const nextLo = lo.map((a, i) => Rational.max(a, Rational.ONE.sub(sHi.sub(hi[i]!))));
    const nextHi = hi.map((b, i) => Rational.min(b, Rational.ONE.sub(sLo.sub(lo[i]!))));
    const moved = nextLo.some((a, i) => !a.equals(lo[i]!)) || nextHi.some((b, i) => !b.equals(hi[i]!));
    [lo, hi] = [nextLo, nextHi];
    if (!moved) break;
  }
  return lo.some((a, i) => a.gt(hi[i]!)) ? undefined : { lo, hi };
}

/** A rational report in box ∩ simplex near the box's centre: the midpoint moved along the box towards sum 1. */
export function centreInSimplex(box: SimplexBox): Rational[] {
  const mid = box.lo.map((a, i) => a.add(box.hi[i]!).div(Rational.of(2)));
  const s = Rational.sum(mid);
  if (s.equals(Rational.ONE)) return mid;
  const toward = s.lt(Rational.ONE) ? box.hi : box.lo;
  const t = Rational.ONE.sub(s).div(Rational.sum(toward).sub(s));
  return mid.map((m, i) => m.add(t.mul(toward[i]!.sub(m))));
}

/** The two halves of the box across its longest side (ties: the lowest index). */
export function splitBox(box: SimplexBox): SimplexBox[] {
  let j = 0;
  box.lo.forEach((a, i) => {
    if (box.hi[i]!.sub(a).gt(box.hi[j]!.sub(box.lo[j]!))) j = i;
  });
  const mid = box.lo[j]!.add(box.hi[j]!).div(Rational.of(2));
  return [
    { lo: box.lo, hi: box.hi.map((b, i) => (i === j ? mid : b)) },
    { lo: box.lo.map((a, i) => (i === j ? mid : a)), hi: box.hi },
  ];
}

export function boxWidth(box: SimplexBox): Rational {
  return box.lo.reduce((m, a, i) => Rational.max(m, box.hi[i]!.sub(a)), Rational.ZERO);
}

/** The coordinates that may be positive on the box (the support of the face the box can reach). */
export function supportOf(box: SimplexBox): number[] {
  return box.hi.flatMap((b, i) => (b.sign() > 0 ? [i] : []));
}

export function isPoint(box: SimplexBox): boolean {
  return box.lo.every((a, i) => a.equals(box.hi[i]!));
}
