import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

describe('propercheck game: plain matrix and bimatrix games (for comparison with Gambit and lrsnash)', () => {
  const run = async (spec: unknown, ...flags: string[]) => {
    const dir = mkdtempSync(join(tmpdir(), 'game-plain-'));
    const file = join(dir, 'g.json');
    writeFileSync(file, JSON.stringify(spec));
    const io = captureIo();
    const code = await main(['game', file, ...flags], io);
    rmSync(dir, { recursive: true, force: true });
    return { code, io };
  };

  it('a zero-sum matrix: value, certified equilibrium, essential rows and columns', async () => {
    const { code, io } = await run({ kind: 'matrix', payoff: [['1', '-1'], ['-1', '1'], ['-2', '-2']] }, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(io.stdout())).toMatchObject({ kind: 'matrix', value: '0', maxRegret: '0', equilibrium: [['1/2', '1/2', '0'], ['1/2', '1/2']], essentialRows: [0, 1], essentialColumns: [0, 1] });
  });

  it('a bimatrix game: every pure equilibrium and the certified mixed ones (battle of the sexes)', async () => {
    const { code, io } = await run({ kind: 'bimatrix', row: [[3, 0], [0, 2]], col: [['2', '0'], ['0', '3']] }, '--json');
    expect(code).toBe(0);
    const doc = JSON.parse(io.stdout());
    expect(doc.pureEquilibria).toEqual([{ row: 0, col: 0, payoffs: ['3', '2'] }, { row: 1, col: 1, payoffs: ['2', '3'] }]);
    expect(doc.supportEnumeration.equilibria).toContainEqual({ x: ['3/5', '2/5'], y: ['2/5', '3/5'], payoffs: ['6/5', '6/5'], regret: '0' });
  });

  it('codec errors: one line naming the field, exit 2', async () => {
    const cases: [unknown, RegExp][] = [
      [{ kind: 'matrix', payoff: [['1', '2'], ['3']] }, /spec\.payoff\[1\]: has 1 entries, expected 2$/],
      [{ kind: 'matrix', payoff: [['1', 'x']] }, /spec\.payoff\[0\]\[1\]: not a rational number: "x"$/],
      [{ kind: 'bimatrix', row: [[1, 2]], col: [[1, 2], [3, 4]] }, /spec\.col: has 2 rows, expected 1 \(as the row player's payoffs\)$/],
      [{ kind: 'bimatrix', row: [[1]] }, /spec\.col: missing field$/],
      [{ kind: 'bimatrix', row: [[1]], col: 3 }, /spec\.col: expected an array, got/],
      [{ kind: 'matrix', payoff: [[1]], extra: 1 }, /spec\.extra: unknown field/],
      [{ kind: 'matrix', payoff: [] }, /spec\.payoff: needs at least 1 entries, got 0$/],
    ];
    for (const [spec, pattern] of cases) {
      const { code, io } = await run(spec);
      expect(code).toBe(2);
      expect(io.stderr().split('\n')).toHaveLength(1);
      expect(io.stderr()).toMatch(pattern);
    }
  });
});

describe('propercheck game: games far beyond enumeration', () => {
  const write = (spec: unknown) => {
    const dir = mkdtempSync(join(tmpdir(), 'game-big-'));
    const file = join(dir, 'g.json');
    writeFileSync(file, JSON.stringify(spec));
    return file;
  };
  const big = {
    kind: 'conditional-prediction', outcomes: 3, rule: 'quadratic', decision: { kind: 'optimistic-max' }, scoring: { kind: 'zero-sum' }, grid: 10,
    utility: [['0', '1', '2'], ['2', '0', '1'], ['1', '2', '0'], ['0', '2', '1'], ['1', '0', '2']],
    truth: [['1/2', '3/10', '1/5'], ['1/5', '1/2', '3/10'], ['3/10', '1/5', '1/2'], ['1/10', '3/5', '3/10'], ['2/5', '2/5', '1/5']],
  };

  it('5 actions, 3 outcomes, grid 10 (66^5 pure strategies per player): certified, with the every-equilibrium verdicts', async () => {
    const io = captureIo();
    expect(await main(['game', write(big), '--json'], io)).toBe(0);
    const doc = JSON.parse(io.stdout());
    expect(doc).toMatchObject({ strategies: 66 ** 5, method: 'double oracle', value: '0', maxRegret: '0', honestAtEveryEquilibrium: true, bestActionAtEveryEquilibrium: true, actionTaken: 3, bestAction: 3 });
  });

  it('limits are one line, checked before the work: --plot on a game too large to draw, the restricted game size', async () => {
    let io = captureIo();
    expect(await main(['game', write(big), '--plot', join(tmpdir(), 'never.svg')], io)).toBe(2);
    expect(io.stderr()).toMatch(/--plot: draws the full payoff matrix: at most 400 pure strategies per player, this game has 1252332576$/);
    io = captureIo();
    const linear = { ...big, rule: 'linear', decision: { kind: 'argmax' } };
    expect(await main(['game', write(linear), '--max-restricted', '3'], io)).toBe(2);
    expect(io.stderr().split('\n')).toHaveLength(1);
    expect(io.stderr()).toMatch(/spec\.grid: the restricted game would need more than 3 pure strategies per seat/);
  });
});

describe('propercheck game: every example game file', () => {
  it('is read and solved, with a certified equilibrium (regret 0) or the plain game\'s document', async () => {
    for (const name of readdirSync('examples/games').filter((f) => f.endsWith('.json'))) {
      const io = captureIo();
      expect(await main(['game', `examples/games/${name}`, '--json'], io), name).toBe(0);
      const doc = JSON.parse(io.stdout());
      if (doc.kind === 'bimatrix') expect(doc.pureEquilibria.length + doc.supportEnumeration.equilibria.length, name).toBeGreaterThan(0);
      else expect(doc.maxRegret, name).toBe('0');
    }
  });
});
