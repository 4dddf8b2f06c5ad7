import fc from 'fast-check';
import { Rational } from '../../src/numbers/Rational.ts';
import { analyzeMap } from '../../src/performative/analysis/analyzeMap.ts';
import type { MapSpec } from '../../src/performative/map/MapSpec.ts';
import { piecewiseLinearArbitrary, stochasticMatrixArbitrary } from '../../src/performative/map/mapSpecArbitrary.ts';
import { optimalReports } from '../../src/performative/optimum/optimalReports.ts';
import { ruleById } from '../../src/scoring/rules/builtinRules.ts';

const REPETITIONS = 5;
const MAPS = 20;

/**
 * Figures: median wall time (ms) of `analyze` (the whole analyzeMap: fixed points, exact KKT
 * optimum, stable reports, dynamics) for the quadratic rule on random 3- and 5-outcome stochastic-matrix
 * maps, and of the certified optimum of the logarithmic rule on random binary piecewise-linear maps
 * (signs of Phi' with certified values; enclosures 2^-16 wide or exact points). Fixed seeds, so runs
 * are comparable; each figure is the median over repetitions of the mean per map.
 */
export function benchPerformative(): object {
  const quadratic = ruleById('quadratic').rule;
  const log = ruleById('logarithmic').rule;
  const matrices = (n: number) => fc.sample(stochasticMatrixArbitrary(n, n), { numRuns: MAPS, seed: 7 + n }) as MapSpec[];
  const binary = fc.sample(piecewiseLinearArbitrary(3), { numRuns: MAPS, seed: 11 }) as MapSpec[];
  const exactPoints = binary.map((m) => optimalReports(log, m).sets.filter((s) => s.kind === 'point').length);
  return {
    analyzeQuadraticStochasticMatrix3MsPerMap: timePerMap(matrices(3), (m) => analyzeMap(quadratic, m)),
    analyzeQuadraticStochasticMatrix5MsPerMap: timePerMap(matrices(5), (m) => analyzeMap(quadratic, m)),
    logarithmicCertifiedOptimumPiecewiseLinearMsPerMap: timePerMap(binary, (m) => optimalReports(log, m, { width: Rational.of(1n, 1n << 16n) })),
    logarithmicOptimaExactPoints: `${exactPoints.filter((k) => k > 0).length} of ${MAPS} maps`,
    maps: MAPS,
    repetitions: REPETITIONS,
  };
}

function timePerMap(maps: readonly MapSpec[], f: (m: MapSpec) => unknown): number {
  f(maps[0]!); // warm-up
  const times = Array.from({ length: REPETITIONS }, () => {
    const t = performance.now();
    for (const m of maps) f(m);
    return (performance.now() - t) / maps.length;
  });
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]! * 100) / 100;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(benchPerformative(), null, 2));
