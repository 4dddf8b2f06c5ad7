import { Rational } from '../numbers/Rational.ts';
import type { MatrixGame } from './MatrixGame.ts';
import type { ZeroSumSolution } from './ZeroSumSolution.ts';
import { certifiedLp, type CertifiedScaledLp, type SolveOptions } from './_internals/certifiedLp.ts';
import { checkGameCertificate } from './_internals/checkGameCertificate.ts';
import { gameLp, integerGame, type IntegerGame } from './_internals/gameLp.ts';
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
  const lp = gameLp(g);
  let sol = await certifiedLp(lp, options);
  let cert = strategiesOf(g, sol);
  if (!cert.value && sol.certifiedBy !== 'exact-simplex') {
    sol = await certifiedLp(lp, { exactOnly: true });
    cert = strategiesOf(g, sol);
  }
  if (!cert.value) throw new Error('minimax certificate failed after the exact simplex: a bug');
  const valueScaled = Rational.fraction(cert.value.num, cert.value.den);
  return {
    value: valueScaled.sub(Rational.of(g.shift)).div(Rational.of(g.scale)),
    rowStrategy: toRationals(cert.x),
    colStrategy: toRationals(cert.q),
    certifiedBy: sol.certifiedBy,
    timings: { floatMs: sol.floatMs, totalMs: performance.now() - t0 },
  };
}

/** x = the LP's x without v; q = minus the duals of the column rows (they are <= 0), normalised. */
function strategiesOf(g: IntegerGame, sol: CertifiedScaledLp): { x: ScaledVector; q: ScaledVector; value?: { num: bigint; den: bigint } } {
  const m = g.a.length;
  const n = g.a[0]!.length;
  const xNum = sol.x.num.slice(0, m);
  const x = { num: xNum, den: xNum.reduce((s, v) => s + v, 0n) };
  const qNum = sol.y.num.slice(0, n).map((v) => -v);
  const q = { num: qNum, den: qNum.reduce((s, v) => s + v, 0n) };
  return { x, q, value: checkGameCertificate(g, x, q) };
}
