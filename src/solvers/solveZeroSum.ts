import { Rational } from '../numbers/Rational.ts';
import type { MatrixGame } from './MatrixGame.ts';
import type { ZeroSumSolution } from './ZeroSumSolution.ts';
import { certifiedLp, type SolveOptions } from './_internals/certifiedLp.ts';
import { checkGameCertificate } from './_internals/checkGameCertificate.ts';
import { gameLp, integerGame, valueOfScaled, type IntegerGame } from './_internals/gameLp.ts';
import { toRationals, type ScaledVector } from './_internals/ScaledVector.ts';

/**
 * Solves a zero-sum matrix game exactly. HiGHS (floating point) proposes an optimal basis of the row
 * player's LP; the basis systems are solved exactly; the column player's strategy is the LP dual. The
 * pair is accepted only if the exact minimax certificate holds; otherwise the exact rational simplex
 * solves the LP and must pass the same check.
 */
export async function solveZeroSum(game: MatrixGame, options: SolveOptions = {}): Promise<ZeroSumSolution> {
  const t0 = performance.now();
  const g = integerGame(game);
  const verify = (_: unknown, x: ScaledVector, y: ScaledVector): string | undefined =>
    strategiesOf(g, x, y).value ? undefined : 'minimax certificate failed';
  const sol = await certifiedLp(gameLp(g), options, verify);
  const cert = strategiesOf(g, sol.x, sol.y);
  if (!cert.value) throw new Error('certified LP answer without a minimax certificate: a bug');
  return {
    value: valueOfScaled(g, Rational.fraction(cert.value.num, cert.value.den)),
    rowStrategy: toRationals(cert.x),
    colStrategy: toRationals(cert.q),
    certifiedBy: sol.certifiedBy,
    timings: { floatMs: sol.floatMs, totalMs: performance.now() - t0 },
  };
}

/** x = the LP's x without v; q = minus the duals of the column rows (they are <= 0), normalised. */
function strategiesOf(g: IntegerGame, lx: ScaledVector, ly: ScaledVector): { x: ScaledVector; q: ScaledVector; value?: { num: bigint; den: bigint } } {
  const xNum = lx.num.slice(0, g.a.length);
  const x = { num: xNum, den: xNum.reduce((s, v) => s + v, 0n) };
  const qNum = ly.num.slice(0, g.a[0]!.length).map((v) => -v);
  const q = { num: qNum, den: qNum.reduce((s, v) => s + v, 0n) };
  return { x, q, value: checkGameCertificate(g, x, q) };
}

