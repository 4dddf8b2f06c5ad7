import { Rational } from '../numbers/Rational.ts';
import type { MatrixGame } from './MatrixGame.ts';
import type { ZeroSumSolution } from './ZeroSumSolution.ts';
import { certifiedLp, certifiedLpSync, type CertifiedScaledLp, type SolveOptions, type Verifier } from './_internals/certifiedLp.ts';
import { checkGameCertificate } from './_internals/checkGameCertificate.ts';
import { gameLp, integerGame, valueOfScaled, type IntegerGame } from './_internals/gameLp.ts';
import { toRationals, type ScaledVector } from './_internals/ScaledVector.ts';

/**
 * Solves a zero-sum matrix game exactly through the row player's LP (gameLp). HiGHS (floating point)
 * proposes an optimal basis; the basis systems are solved exactly; the column player's strategy is the
 * LP dual. The pair is accepted only if the LP certificate and the exact minimax certificate hold;
 * otherwise the exact simplex solves the LP and must pass the same checks.
 */
export async function solveZeroSum(game: MatrixGame, options: SolveOptions = {}): Promise<ZeroSumSolution> {
  const t0 = performance.now();
  const g = integerGame(game);
  return solutionOf(g, await certifiedLp(gameLp(g), options, minimaxVerifier(g)), t0);
}

/**
 * The same LP, certificates and answer, synchronously by the exact simplex alone: for callers that
 * cannot wait (claim checks run synchronously). Meant for small games; the simplex is exact but slow.
 */
export function solveZeroSumSync(game: MatrixGame): ZeroSumSolution {
  const t0 = performance.now();
  const g = integerGame(game);
  return solutionOf(g, certifiedLpSync(gameLp(g), minimaxVerifier(g)), t0);
}

function minimaxVerifier(g: IntegerGame): Verifier {
  return (_, x, y) => (strategiesOf(g, x, y).value ? undefined : 'minimax certificate failed');
}

function solutionOf(g: IntegerGame, sol: CertifiedScaledLp, t0: number): ZeroSumSolution {
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
