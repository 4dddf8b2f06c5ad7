import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Rational } from '../../numbers/Rational.ts';
import type { MatrixGame } from '../MatrixGame.ts';

/** Whether Debian's lrsnash (package lrslib) is on the PATH; an independent exact oracle for tests. */
export function hasLrsnash(): boolean {
  return spawnSync('lrsnash', ['-h'], { stdio: 'ignore' }).error === undefined;
}

export interface LrsEquilibrium {
  readonly x: Rational[];
  readonly y: Rational[];
  /** Row player's payoff as printed by lrsnash. */
  readonly payoff: Rational;
  /** Column player's payoff as printed by lrsnash. */
  readonly colPayoff: Rational;
}

/**
 * All extreme equilibria of the bimatrix game (A, -A) by lrsnash (Avis, Rosenberg, Savani, von Stengel,
 * Economic Theory 42, 2009). Output: groups separated by blank lines; in a group, lines "2 y.. payoffA"
 * and "1 x.. payoffB" combine pairwise (lrsnash prints a set of y's for one x when degenerate).
 */
export function lrsnash(game: MatrixGame): LrsEquilibrium[] {
  return lrsnashBimatrix(game, game.payoff.map((row) => row.map((q) => q.neg())));
}

/** All extreme equilibria of the bimatrix game (A, B) (B given as rows of the column player's payoffs). */
export function lrsnashBimatrix(game: MatrixGame, b: readonly (readonly Rational[])[]): LrsEquilibrium[] {
  const dir = mkdtempSync(join(tmpdir(), 'propercheck-lrs-'));
  try {
    const file = join(dir, 'game.txt');
    const text = [`${game.rows} ${game.cols}`, '', ...game.toJSON().map((r) => r.join(' ')), '', ...b.map((r) => r.map(String).join(' ')), ''];
    writeFileSync(file, text.join('\n'));
    return parse(execFileSync('lrsnash', [file], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }), game);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function parse(out: string, game: MatrixGame): LrsEquilibrium[] {
  const groups = out.split(/\n\s*\n/).map((g) => g.split('\n').map((l) => l.trim().split(/\s+/)));
  return groups.flatMap((lines) => {
    const ys = lines.filter((t) => t[0] === '2').map((t) => t.slice(1).map((s) => Rational.of(s)));
    const xs = lines.filter((t) => t[0] === '1').map((t) => t.slice(1).map((s) => Rational.of(s)));
    return xs.flatMap((x) => ys.map((y) => ({ x: x.slice(0, game.rows), y: y.slice(0, game.cols), payoff: y[game.cols]!, colPayoff: x[game.rows]! })));
  });
}
