import { match } from 'ts-pattern';
import { Rational } from '../../numbers/Rational.ts';
import { SpecError } from '../../core/SpecError.ts';
import { type JsonMapKind, MAP_KINDS, type MapSpec } from './MapSpec.ts';
import { mapOutcomes } from './mapOutcomes.ts';
import { checkSize, MAP_LIMITS } from './mapLimits.ts';
import { checkKeys, readArray, readObject, readProbability, readRational } from '../../core/readJson.ts';

/**
 * Validates a JSON map spec and returns it with exact values. Every error is a SpecError naming the
 * JSON path under `at`, e.g. `map.columns[1][2]: must lie in [0, 1], got 3/2`.
 */
export function decodeMapSpec(json: unknown, at = 'map'): MapSpec {
  const obj = readObject(json, at);
  const kind = obj['kind'];
  if (typeof kind !== 'string' || !(MAP_KINDS as readonly string[]).includes(kind)) {
    const code = kind === 'code' ? ' (a map given as code is a module: pass its .ts or .js file instead of JSON)' : '';
    throw new SpecError(`${at}.kind`, `expected one of ${MAP_KINDS.join(', ')}, got ${JSON.stringify(kind)}${code}`);
  }
  return match(kind as JsonMapKind)
    .with('stochastic-matrix', () => decodeStochasticMatrix(obj, at))
    .with('binary-piecewise-linear', () => decodePiecewiseLinear(obj, at))
    .with('affine-clipped', () => {
      checkKeys(obj, ['kind', 'a', 'b'], at);
      return { kind: 'affine-clipped' as const, a: readRational(obj['a'], `${at}.a`), b: readRational(obj['b'], `${at}.b`) };
    })
    .with('step', () => {
      checkKeys(obj, ['kind', 'threshold', 'below', 'above'], at);
      return {
        kind: 'step' as const,
        threshold: readProbability(obj['threshold'], `${at}.threshold`),
        below: readProbability(obj['below'], `${at}.below`),
        above: readProbability(obj['above'], `${at}.above`),
      };
    })
    .with('logistic', () => {
      checkKeys(obj, ['kind', 'a', 'b'], at);
      return { kind: 'logistic' as const, a: readRational(obj['a'], `${at}.a`), b: readRational(obj['b'], `${at}.b`) };
    })
    .with('mixture', () => decodeMixture(obj, at))
    .exhaustive();
}

function decodeStochasticMatrix(obj: Readonly<Record<string, unknown>>, at: string): MapSpec {
  checkKeys(obj, ['kind', 'columns'], at);
  const raw = readArray(obj['columns'], `${at}.columns`, 2);
  const n = raw.length;
  checkSize(`${at}.columns`, n, MAP_LIMITS.outcomes, 'outcomes');
  const columns = raw.map((col, j) => {
    const path = `${at}.columns[${j}]`;
    const entries = readArray(col, path);
    if (entries.length !== n) throw new SpecError(path, `has ${entries.length} entries, expected ${n} (one per outcome)`);
    const values = entries.map((v, i) => readProbability(v, `${path}[${i}]`));
    const total = Rational.sum(values);
    if (!total.equals(Rational.ONE)) throw new SpecError(path, `entries sum to ${total}, not 1 (a column is f(e_${j}))`);
    return values;
  });
  return { kind: 'stochastic-matrix', columns };
}

function decodePiecewiseLinear(obj: Readonly<Record<string, unknown>>, at: string): MapSpec {
  checkKeys(obj, ['kind', 'points'], at);
  const raw = readArray(obj['points'], `${at}.points`, 2);
  checkSize(`${at}.points`, raw.length, MAP_LIMITS.points, 'points');
  const points = raw.map((pt, i) => {
    const pair = readArray(pt, `${at}.points[${i}]`);
    if (pair.length !== 2) throw new SpecError(`${at}.points[${i}]`, `expected [x, y], got ${pair.length} entries`);
    return [readProbability(pair[0], `${at}.points[${i}][0]`), readProbability(pair[1], `${at}.points[${i}][1]`)] as const;
  });
  if (!points[0]![0].isZero()) throw new SpecError(`${at}.points[0][0]`, `first x must be 0, got ${points[0]![0]}`);
  const last = points.length - 1;
  if (!points[last]![0].equals(Rational.ONE)) throw new SpecError(`${at}.points[${last}][0]`, `last x must be 1, got ${points[last]![0]}`);
  points.forEach((pt, i) => {
    if (i > 0 && !pt[0].gt(points[i - 1]![0])) {
      throw new SpecError(`${at}.points[${i}][0]`, `x must increase strictly: ${pt[0]} after ${points[i - 1]![0]}`);
    }
  });
  return { kind: 'binary-piecewise-linear', points };
}

function decodeMixture(obj: Readonly<Record<string, unknown>>, at: string): MapSpec {
  checkKeys(obj, ['kind', 'weights', 'components'], at);
  const rawW = readArray(obj['weights'], `${at}.weights`, 1);
  const rawC = readArray(obj['components'], `${at}.components`, 1);
  checkSize(`${at}.components`, rawC.length, MAP_LIMITS.components, 'components');
  if (rawW.length !== rawC.length) {
    throw new SpecError(`${at}.weights`, `has ${rawW.length} entries but there are ${rawC.length} components`);
  }
  const weights = rawW.map((w, k) => readProbability(w, `${at}.weights[${k}]`));
  const total = Rational.sum(weights);
  if (!total.equals(Rational.ONE)) throw new SpecError(`${at}.weights`, `weights sum to ${total}, not 1`);
  const components = rawC.map((c, k) => decodeMapSpec(c, `${at}.components[${k}]`));
  // The mixture's breakpoints are the union of its components' (binaryPieces): counted before any is built.
  checkSize(`${at}.components`, components.reduce((sum, c) => sum + pointCount(c), 0), MAP_LIMITS.points, 'points in all');
  const n = mapOutcomes(components[0]!);
  components.forEach((c, k) => {
    if (mapOutcomes(c) !== n) {
      throw new SpecError(`${at}.components[${k}]`, `acts on ${mapOutcomes(c)} outcomes, component 0 on ${n}`);
    }
  });
  return { kind: 'mixture', weights, components };
}

/** The points (breakpoints) a decoded map brings to a mixture. */
function pointCount(spec: MapSpec): number {
  if (spec.kind === 'binary-piecewise-linear') return spec.points.length;
  if (spec.kind === 'mixture') return spec.components.reduce((sum, c) => sum + pointCount(c), 0);
  return 2;
}
