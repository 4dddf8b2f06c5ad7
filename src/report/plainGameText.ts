import type { PlainGameAnalysis } from '../games/analysePlainGame.ts';
import { formatTable } from './formatTable.ts';
import { readableJson, readableNumber } from './readable.ts';

/**
 * The text `propercheck game` prints for a plain game: a matrix game's value, regret and optimal
 * strategies; a bimatrix game's fields one a line. No number is longer than about 40 characters unless
 * `exact` (readableNumber).
 */
export function plainGameText(file: string, a: PlainGameAnalysis, options: { exact?: boolean } = {}): string {
  if (a.kind === 'bimatrix') return [file, ...Object.entries(a).map(([k, v]) => `${k}: ${typeof v === 'string' ? v : readableJson(v, options)}`)].join('\n');
  const num = (n: unknown) => readableNumber(String(n), options);
  const vec = (v: readonly unknown[]) => `(${v.map(num).join(', ')})`;
  const rows = [
    ['game', `matrix (zero-sum), ${a.strategies[0]} x ${a.strategies[1]}`],
    ['value', num(a.value)],
    ['max regret', num(a.maxRegret)],
    ['certified by', a.certifiedBy],
    ['essential rows', a.essentialRows.join(', ')],
    ['essential columns', a.essentialColumns.join(', ')],
  ];
  return [file, formatTable(['quantity', 'value'], rows), 'equilibrium:', `  rows:    ${vec(a.equilibrium[0])}`, `  columns: ${vec(a.equilibrium[1])}`, `note: ${a.note}`].join('\n');
}
