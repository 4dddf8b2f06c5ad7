import type { CaseOutcome } from '../../../core/CaseOutcome.ts';
import type { Json } from '../../../core/Json.ts';
import { SpecError } from '../../../core/SpecError.ts';
import { Rational } from '../../../numbers/Rational.ts';
import type { MapSpec } from '../../map/MapSpec.ts';
import type { ReportSet } from '../../map/ReportSet.ts';
import { binaryPieces, lipschitzOfPieces } from '../../map/binaryPieces.ts';

export const HOLDS_EXACT: CaseOutcome = { kind: 'holds', by: { tier: 'rational' } };

export function refutedExact(witness: Json): CaseOutcome {
  return { kind: 'refuted', witness, by: { tier: 'rational' } };
}

/** The exact Lipschitz constant of a continuous piecewise-affine binary map; SpecError (premise) otherwise. */
export function lipschitzOrThrow(spec: MapSpec, at: string): Rational {
  const pieces = binaryPieces(spec);
  const L = pieces ? lipschitzOfPieces(pieces) : undefined;
  if (!L) throw new SpecError(at, 'the claim needs a continuous piecewise-affine binary map');
  return L;
}

/** The exact x-coordinates of binary point sets (fixed points), or undefined if some set is not a point. */
export function pointXs(sets: readonly ReportSet[]): Rational[] | undefined {
  const xs = sets.map((s) => (s.kind === 'point' ? s.point[0]! : undefined));
  return xs.every((x) => x !== undefined) ? (xs as Rational[]) : undefined;
}

/** The binary linear map p* + alpha (p - p*) (§1.2) as an affine-clipped spec. */
export function linearSpec(pStar: Rational, alpha: Rational): MapSpec {
  return { kind: 'affine-clipped', a: pStar.sub(alpha.mul(pStar)), b: alpha };
}

export const HALF = Rational.of('1/2');
