import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureIo } from './_internals/captureIo.ts';
import { main } from './main.ts';

describe('propercheck game', () => {
  it('--json prints one document with the exact fields of the issue', async () => {
    const io = captureIo();
    expect(await main(['game', 'examples/games/zs-02-optimistic-max.json', '--json'], io)).toBe(0);
    const doc = JSON.parse(io.stdout());
    expect(doc).toMatchObject({ value: '0', maxRegret: '0', actionTaken: 0, bestAction: 0, honestAtEveryEquilibrium: true, bestActionAtEveryEquilibrium: true });
    expect(doc.equilibrium).toHaveLength(2);
    expect(doc.equilibrium[0][0]).toEqual({ probability: '1', reports: [['1/2', '1/2'], ['3/4', '1/4']] });
  });

  it('a single predictor: the same fields describe its optimal reports (DEC-01)', async () => {
    const io = captureIo();
    expect(await main(['game', 'examples/games/dec-01.json', '--json'], io)).toBe(0);
    expect(JSON.parse(io.stdout())).toMatchObject({ value: '5/8', maxRegret: '0', actionTaken: 1, bestAction: 0, bestActionAtEveryEquilibrium: false });
  });

  it('prints a table without --json', async () => {
    const io = captureIo();
    expect(await main(['game', 'examples/games/dec-01.json'], io)).toBe(0);
    expect(io.stdout()).toMatch(/best action at every equilibrium\s+false/);
  });

  it('bad specs: one line naming the file and the field, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'game-'));
    const cases: [string, string, RegExp][] = [
      ['missing.json', '', /^propercheck game: .*missing\.json: no such file$/],
      ['broken.json', '{"kind": ', /^propercheck game: .*broken\.json: (is )?not valid JSON/],
      ['grid.json', JSON.stringify({ kind: 'conditional-prediction', outcomes: 2, utility: [['0', '1']], truth: [['1/3', '2/3']], rule: 'quadratic', decision: { kind: 'argmax' }, scoring: { kind: 'single' }, grid: 4 }), /^propercheck game: .*grid\.json: spec\.truth\[0\]: is not on the report grid of denominator 4$/],
      // Audit defect 3: shared seats in a game that is not symmetric (argmax reads one seat): refused, not a crash.
      ['shared.json', JSON.stringify({ kind: 'conditional-prediction', outcomes: 2, utility: [['0', '1'], ['0', '1']], truth: [['1/2', '1/2'], ['3/4', '1/4']], rule: 'quadratic', decision: { kind: 'argmax' }, scoring: { kind: 'zero-sum' }, grid: 4, seats: 'shared' }), /^propercheck game: .*shared\.json: spec\.seats: "shared" \(one model in both seats\) needs a symmetric game, and this one \(decision argmax\) is not/],
      ['irrational.json', JSON.stringify({ kind: 'conditional-prediction', outcomes: 2, utility: [['0', '1']], truth: [['1/2', '1/2']], rule: 'logarithmic', decision: { kind: 'argmax' }, scoring: { kind: 'single' }, grid: 4 }), /^propercheck game: .*irrational\.json: spec\.rule: logarithmic is not rational-valued/],
    ];
    for (const [name, text, pattern] of cases) {
      const file = join(dir, name);
      if (text) writeFileSync(file, text);
      const io = captureIo();
      expect(await main(['game', file], io)).toBe(2);
      expect(io.stderr().split('\n')).toHaveLength(1);
      expect(io.stderr()).toMatch(pattern);
      expect(io.stdout()).toBe('');
    }
  });
});

describe('propercheck game --plot', () => {
  it('writes the payoff heat map with the equilibrium strategies marked, and keeps --json to one document', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'propercheck-game-plot-'));
    const out = join(dir, 'game.svg');
    const io = captureIo();
    expect(await main(['game', 'examples/games/zs-02-optimistic-max.json', '--json', '--plot', out], io)).toBe(0);
    expect(JSON.parse(io.stdout()).plot).toBe(out);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).toContain('payoff of seat 1, value 0');
    expect(svg.match(/<rect/g)!.length).toBeGreaterThan(25 * 25); // one cell per pair of pure strategies
    expect(svg).toContain('#ff7f0e'); // equilibrium strategies marked
    rmSync(dir, { recursive: true, force: true });
  });
});
