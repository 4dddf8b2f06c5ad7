import type { Json } from '../core/Json.ts';
import type { PlainGameAnalysis } from '../games/analysePlainGame.ts';
import type { Rational } from '../numbers/Rational.ts';
import { approximate } from './readable.ts';

/**
 * The document `propercheck game --json` prints for a plain game: a matrix game's exact values as "n/d"
 * strings with `decimals` beside the ones a person reads (value, regret, the optimal strategies); a
 * bimatrix game's document as analysed.
 */
export function plainGameJson(a: PlainGameAnalysis): { readonly [key: string]: Json } {
  if (a.kind === 'bimatrix') return a;
  const vec = (v: readonly Rational[]) => v.map(String);
  const decimal = (r: Rational) => approximate(String(r))!;
  return {
    kind: a.kind,
    strategies: [...a.strategies],
    value: String(a.value),
    equilibrium: a.equilibrium.map(vec),
    maxRegret: String(a.maxRegret),
    decimals: { value: decimal(a.value), equilibrium: a.equilibrium.map((v) => v.map(decimal)), maxRegret: decimal(a.maxRegret) },
    certifiedBy: a.certifiedBy,
    essentialRows: [...a.essentialRows],
    essentialColumns: [...a.essentialColumns],
    note: a.note,
  };
}
