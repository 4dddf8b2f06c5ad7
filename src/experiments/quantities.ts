import type { FamilyKind } from './ExperimentSpec.ts';

export type QuantityType = 'number' | 'boolean' | 'category';

/** A per-instance quantity: its type, the families that have it, what it is, and the names of its counts. */
export interface QuantityInfo {
  readonly name: string;
  readonly type: QuantityType;
  readonly families: readonly FamilyKind[];
  readonly description: string;
  /** Count names for values of a boolean or category quantity ("vertex" -> "vertexOptima"). */
  readonly counts?: Readonly<Record<string, string>>;
}

const MATRIX: FamilyKind = 'random-stochastic-matrix';
const BINARY: FamilyKind = 'random-binary-piecewise-linear';
const GAME: FamilyKind = 'random-conditional-game';
const MAPS = [MATRIX, BINARY] as const;

/**
 * The catalogue. Distances on n outcomes are Euclidean norms in R^n; on binary maps they are |Delta p| =
 * |x - x'| for x = p_0 (docs/mathematics.md §1.2). The distance to the fixed point is to the nearest fixed
 * point (to the set, when fixed points form a continuum).
 */
export const QUANTITIES = [
  { name: 'distanceToFixedPoint', type: 'number', families: MAPS, description: '||p^ - p*||: the optimal report\'s distance to the (nearest) fixed point' },
  { name: 'inaccuracy', type: 'number', families: MAPS, description: '||p^ - f(p^)||: how far the optimal report is from the outcome distribution it induces' },
  { name: 'fixedPointToUniform', type: 'number', families: MAPS, description: '||p* - u||: the (nearest) fixed point\'s distance to the uniform distribution u' },
  { name: 'optimumToUniform', type: 'number', families: MAPS, description: '||p^ - u||: the optimal report\'s distance to the uniform distribution u' },
  { name: 'tangentNorm', type: 'number', families: [MATRIX], description: '||A||_T: the operator norm of A on the tangent space {x : sum x = 0} (the Lipschitz constant of f in L2)' },
  { name: 'lipschitz', type: 'number', families: [BINARY], description: 'max |f\'|: the Lipschitz constant of the binary map' },
  { name: 'optimumValue', type: 'number', families: MAPS, description: 'max Phi = S(p^, f(p^))' },
  {
    name: 'optimumLocation',
    type: 'category',
    families: MAPS,
    description: 'where the optimal report lies: a vertex of the simplex, the relative interior of a lower face, the interior, or several optimal reports',
    counts: { vertex: 'vertexOptima', face: 'faceOptima', interior: 'interiorOptima', several: 'severalOptima' },
  },
  { name: 'concave', type: 'boolean', families: MAPS, description: 'Phi is concave on the simplex (rules with the quadratic trait only)', counts: { true: 'concave', false: 'nonConcave' } },
  {
    name: 'fixedPointCount',
    type: 'category',
    families: MAPS,
    description: 'the number of fixed points ("continuum" for a segment or polytope of them)',
    counts: { '1': 'uniqueFixedPoint', continuum: 'continuumFixedPoints' },
  },
  { name: 'value', type: 'number', families: [GAME], description: 'the game\'s value for predictor 1 (exact)' },
  {
    name: 'honestAtEveryEquilibrium',
    type: 'boolean',
    families: [GAME],
    description: 'every equilibrium reports the truth on every action taken',
    counts: { true: 'honestAtEveryEquilibrium', false: 'dishonestEquilibriumExists' },
  },
  {
    name: 'bestActionAtEveryEquilibrium',
    type: 'boolean',
    families: [GAME],
    description: 'every equilibrium makes the principal take the best action',
    counts: { true: 'bestActionAtEveryEquilibrium', false: 'worseActionAtSomeEquilibrium' },
  },
  { name: 'honestEquilibrium', type: 'boolean', families: [GAME], description: 'the certified equilibrium found is honest on the actions taken', counts: { true: 'honestEquilibrium', false: 'dishonestEquilibrium' } },
  { name: 'honestProfileIsEquilibrium', type: 'boolean', families: [GAME], description: 'truthful reports form an equilibrium', counts: { true: 'honestProfileIsEquilibrium', false: 'honestProfileNotEquilibrium' } },
] as const satisfies readonly QuantityInfo[];

export type QuantityName = (typeof QUANTITIES)[number]['name'];

export function quantityInfo(name: QuantityName): QuantityInfo {
  return QUANTITIES.find((q) => q.name === name)!;
}

export function quantitiesOf(family: FamilyKind): QuantityName[] {
  return QUANTITIES.filter((q) => (q.families as readonly FamilyKind[]).includes(family)).map((q) => q.name);
}

/** The count name of a boolean or category value ("optimumLocation" "vertex" -> "vertexOptima"). */
export function countName(name: QuantityName, value: string): string {
  return quantityInfo(name).counts?.[value] ?? `${name}=${value}`;
}
