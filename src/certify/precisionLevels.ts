/** Interval precisions (decimal digits) tried in turn: start cheap, double up to the cap. */
export const FIRST_PRECISION = 24;
export const DEFAULT_PRECISION_CAP = 384;

export function precisionLevels(cap: number): number[] {
  const levels: number[] = [];
  for (let d = FIRST_PRECISION; d < cap; d *= 2) levels.push(d);
  levels.push(Math.max(cap, FIRST_PRECISION));
  return levels;
}
