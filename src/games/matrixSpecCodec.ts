import type { Json } from '../core/Json.ts';
import { checkKeys, readArray, readObject, readRational } from '../core/readJson.ts';
import { SpecError } from '../core/SpecError.ts';
import type { Rational } from '../numbers/Rational.ts';
import { MatrixGame } from '../solvers/MatrixGame.ts';

/** A plain zero-sum game: payoff[i][j] is what the row player receives (the column player pays it). */
export interface MatrixSpec {
  readonly kind: 'matrix';
  readonly payoff: MatrixGame;
}

/** A plain bimatrix game: row[i][j] and col[i][j] are the two players' payoffs when row i meets column j. */
export interface BimatrixSpec {
  readonly kind: 'bimatrix';
  readonly row: MatrixGame;
  readonly col: MatrixGame;
}

export type PlainGameSpec = MatrixSpec | BimatrixSpec;

/** The largest plain game read (strategies per player). */
export const MAX_PLAIN_STRATEGIES = 2000;

/**
 * Reads {"kind": "matrix", "payoff": [["1", "-1"], ["-1", "1"]]} or {"kind": "bimatrix", "row": [...],
 * "col": [...]}: exact rationals ("n/d", decimals, numbers read by their decimal form), rectangular,
 * both bimatrix payoffs of one shape. Errors name the field in one line ("spec.col[1]: has 3 entries,
 * expected 2").
 */
export function decodePlainGameSpec(json: unknown, at = 'spec'): PlainGameSpec {
  const obj = readObject(json, at);
  if (obj.kind === 'matrix') {
    checkKeys(obj, ['kind', 'payoff'], at);
    return { kind: 'matrix', payoff: readMatrix(obj.payoff, `${at}.payoff`) };
  }
  if (obj.kind !== 'bimatrix') throw new SpecError(`${at}.kind`, `expected "matrix" or "bimatrix", got ${JSON.stringify(obj.kind)}`);
  checkKeys(obj, ['kind', 'row', 'col'], at);
  const row = readMatrix(obj.row, `${at}.row`);
  const col = readMatrix(obj.col, `${at}.col`, [row.rows, row.cols]);
  return { kind: 'bimatrix', row, col };
}

export function encodePlainGameSpec(spec: PlainGameSpec): { [key: string]: Json } {
  return spec.kind === 'matrix' ? { kind: spec.kind, payoff: spec.payoff.toJSON() } : { kind: spec.kind, row: spec.row.toJSON(), col: spec.col.toJSON() };
}

function readMatrix(json: unknown, at: string, shape?: readonly [number, number]): MatrixGame {
  const rows = readArray(json, at, 1);
  if (rows.length > MAX_PLAIN_STRATEGIES) throw new SpecError(at, `has ${rows.length} rows (limit ${MAX_PLAIN_STRATEGIES})`);
  if (shape && rows.length !== shape[0]) throw new SpecError(at, `has ${rows.length} rows, expected ${shape[0]} (as the row player's payoffs)`);
  const width = shape?.[1] ?? readArray(rows[0], `${at}[0]`, 1).length;
  if (width > MAX_PLAIN_STRATEGIES) throw new SpecError(`${at}[0]`, `has ${width} entries (limit ${MAX_PLAIN_STRATEGIES})`);
  const values: Rational[][] = rows.map((r, i) => {
    const entries = readArray(r, `${at}[${i}]`);
    if (entries.length !== width) throw new SpecError(`${at}[${i}]`, `has ${entries.length} entries, expected ${width}`);
    return entries.map((v, j) => readRational(v, `${at}[${i}][${j}]`));
  });
  return MatrixGame.of(values);
}
