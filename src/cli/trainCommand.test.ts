import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureIo } from './_internals/captureIo.ts';
import { main } from './main.ts';
import { trainCommand } from './trainCommand.ts';

const GAME = 'examples/games/train-exploration.json';

describe('propercheck train', () => {
  it('--json prints the issue fields; without exploration the best action is never taken', async () => {
    const io = captureIo();
    expect(await main(['train', '--game', GAME, '--method', 'zero-sum-gradient', '--steps', '3', '--seed', '1', '--json'], io)).toBe(0);
    const doc = JSON.parse(io.stdout());
    // Hand-computed in src/training/train.test.ts: r0 = (25/32, 7/32) after 3 steps of eta = 1/4, r1 frozen.
    expect(doc).toMatchObject({ reports: [['25/32', '7/32'], ['1', '0']], actionTaken: 0, bestAction: 1, honest: false, converged: true, convergedAt: 1, steps: 3 });
  });

  it('with exploration the principal ends at its best action; --plot writes an SVG', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'train-'));
    const io = captureIo();
    const svg = join(dir, 'run.svg');
    expect(await main(['train', '--game', GAME, '--method', 'stop-gradient', '--exploration', '1/4', '--step-size', '1/2', '--steps', '6', '--json', '--plot', svg], io)).toBe(0);
    expect(JSON.parse(io.stdout())).toMatchObject({ actionTaken: 1, bestAction: 1, converged: true, convergedAt: 3 });
    expect(readFileSync(svg, 'utf8')).toMatch(/<svg[\s\S]*principal's utility[\s\S]*<\/svg>/);
  });

  it('prints a table without --json (random search: certified resting point)', async () => {
    const io = captureIo();
    expect(await main(['train', '--game', GAME, '--method', 'random-search', '--steps', '200', '--seed', '7'], io)).toBe(0);
    expect(io.stdout()).toMatch(/converged\s+yes: no proposal of the grid accepted/);
  });

  it('a long run: the sampled trajectory in --json (decimals, radii), the certified tier, progress on a terminal', async () => {
    // The command itself (main would run it in a worker, where this test's stderr is not a terminal).
    const io = { ...captureIo(), progress: true };
    expect(await trainCommand(['--game', GAME, '--method', 'zero-sum-gradient', '--exploration', '1/4', '--step-size', '1/3', '--steps', '2000', '--sample-every', '500', '--seed', '1', '--json'], io)).toBe(0);
    const doc = JSON.parse(io.stdout());
    expect(doc.trajectory.map((s: { step: number }) => s.step)).toEqual([0, 500, 1000, 1500, 2000]);
    expect(doc.trajectory[0]).toMatchObject({ step: 0, reports: [['1', '0'], ['1', '0']], radius: ['0', '0'], actionTaken: 0 });
    expect(doc.tier).toMatchObject({ kind: 'certified', model: 'quadratic', bits: 128 });
    expect(doc).toMatchObject({ sampleEvery: 500, exact: false, actionTaken: 1, bestAction: 1, converged: true, honest: false, steps: 2000 });
    // 0.75 and 0.25 (the truth) to 12 digits, within a certified radius far below them.
    expect(doc.trajectory[4].reports).toEqual([['0.75', '0.25'], ['0.5', '0.5']]);
    expect(Number(doc.trajectory[4].radius[0])).toBeLessThan(1e-30);
    expect(io.stderr()).toMatch(/train: step 2000\/2000 \(certified tier, radius <= /);
  });

  it('bad input: one line naming the flag or field, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'train-bad-'));
    const perf = join(dir, 'perf.json');
    writeFileSync(perf, readFileSync('examples/games/sg-05-performative.json'));
    const cases: [string[], RegExp][] = [
      [['--game', GAME, '--method', 'adam'], /--method: expected one of/],
      [['--game', GAME, '--method', 'plain', '--exploration', '2/3'], /--exploration: must lie in \[0, 1\/2\]/],
      [['--game', GAME, '--method', 'plain', '--step-size=-1'], /--step-size: must be positive/],
      [['--game', GAME, '--method', 'plain', '--init', 'optimistic'], /--init: expected one of/],
      [['--game', perf, '--method', 'plain'], /perf.json: spec.kind: train needs a "conditional-prediction" game/],
      [['--method', 'plain'], /--game: a game file is required/],
      [['--game', GAME, '--method', 'plain', '--steps', '10000001'], /--steps: 10000001 steps exceed the limit of 10000000/],
      [['--game', GAME, '--method', 'plain', '--sample-every', '0'], /--sample-every: expected an integer >= 1/],
    ];
    for (const [args, message] of cases) {
      const io = captureIo();
      expect(await main(['train', ...args], io)).toBe(2);
      expect(io.stderr()).toMatch(message);
      expect(io.stderr().split('\n')).toHaveLength(1);
    }
  });
});

describe('train: exact cancellation by the rule\'s traits only (audit defect 2)', () => {
  it('binary-exponential(10), random search from the honest report with seed 3 stays honest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'train-exp-'));
    const game = join(dir, 'g.json');
    writeFileSync(game, JSON.stringify({
      kind: 'conditional-prediction', outcomes: 2, utility: [['0', '0'], ['0', '0']], truth: [['1/4', '3/4'], ['1/4', '3/4']],
      rule: 'binary-exponential(10)', decision: { kind: 'argmax' }, scoring: { kind: 'single' }, grid: 4,
    }));
    const io = captureIo();
    expect(await main(['train', '--game', game, '--method', 'random-search', '--init', 'honest', '--seed', '3', '--json'], io)).toBe(0);
    const doc = JSON.parse(io.stdout());
    // S(p, 0) and S(p', 1) with p_0 = p'_1 were merged as equal: (1/2, 1/2) looked no worse than the truth.
    expect(doc).toMatchObject({ reports: [['1/4', '3/4'], ['1/4', '3/4']], honest: true, converged: true });
  });
});
