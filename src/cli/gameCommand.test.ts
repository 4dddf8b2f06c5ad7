import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Rational } from '../numbers/Rational.ts';
import { captureIo } from './_internals/captureIo.ts';
import { elementsNamed, parseSvg } from './_internals/parseSvg.ts';
import { main } from './main.ts';

describe('propercheck game', () => {
  it('--json prints one document: the solution, the best action and the verdicts as tagged objects', async () => {
    const io = captureIo();
    expect(await main(['game', 'examples/games/zs-02-optimistic-max.json', '--json'], io)).toBe(0);
    const doc = JSON.parse(io.stdout());
    expect(doc.solution).toMatchObject({ kind: 'zero-sum', value: '0', maxRegret: '0', honest: true, actions: { kind: 'taken', action: 0, distribution: ['1', '0'] }, decimals: { value: '0', maxRegret: '0' } });
    expect(doc).toMatchObject({ bestAction: { kind: 'action', action: 0 }, honestAtEveryEquilibrium: { kind: 'holds' }, bestActionAtEveryEquilibrium: { kind: 'holds' } });
    expect(doc.honestProfile).toEqual({ kind: 'truthful', isEquilibrium: true, regret: '0', decimals: { regret: '0' } });
    expect(doc.solution.equilibrium).toHaveLength(2);
    expect(doc.solution.equilibrium[0][0]).toEqual({ probability: '1', reports: [['1/2', '1/2'], ['3/4', '1/4']] });
  });

  it('a single predictor: the same fields describe its optimal reports, a failed verdict shows its certified equilibrium (DEC-01)', async () => {
    const io = captureIo();
    expect(await main(['game', 'examples/games/dec-01.json', '--json'], io)).toBe(0);
    const doc = JSON.parse(io.stdout());
    expect(doc.solution).toMatchObject({ kind: 'zero-sum', value: '5/8', maxRegret: '0', actions: { kind: 'taken', action: 1 }, decimals: { value: '0.625' } });
    expect(doc.bestAction).toEqual({ kind: 'action', action: 0 });
    // The optimal reports steer to action 1 (DEC-01): that optimum is the refuting equilibrium, and it takes action 1.
    expect(doc.bestActionAtEveryEquilibrium).toEqual({ kind: 'fails', violation: { pair: [[['1', '0'], ['3/4', '1/4']]], equilibrium: [[{ probability: '1', reports: [['1', '0'], ['3/4', '1/4']] }]] } });
    expect(doc.honestProfile).toMatchObject({ kind: 'truthful', isEquilibrium: false, regret: '1/8', decimals: { regret: '0.125' } });
  });

  it('prints a table without --json, the equilibrium as reports with probabilities', async () => {
    const io = captureIo();
    expect(await main(['game', 'examples/games/dec-01.json'], io)).toBe(0);
    expect(io.stdout()).toMatch(/best action at every equilibrium\s+fails/);
    expect(io.stdout()).toMatch(/honest profile is an equilibrium\s+false \(regret 1\/8\)/);
    expect(io.stdout()).toContain('  seat 1: 1 x (1, 0) | (3/4, 1/4)');
  });

  it('a performative game says why it has no actions, and lists its fixed-point profiles (SG-05)', async () => {
    const io = captureIo();
    expect(await main(['game', 'examples/games/sg-05-performative.json', '--json'], io)).toBe(0);
    const doc = JSON.parse(io.stdout());
    expect(doc.solution.actions).toEqual({ kind: 'no-actions', reason: 'a performative game has no actions' });
    expect(doc.bestAction).toEqual({ kind: 'no-actions', reason: 'a performative game has no actions' });
    expect(doc.bestActionAtEveryEquilibrium).toEqual({ kind: 'not-applicable', reason: 'a performative game has no actions' });
    // The map's fixed points on the grid, each as the profile (p*, p*), with its exact regret.
    expect(doc.honestProfile.kind).toBe('fixed-points');
    expect(doc.honestProfile.profiles.map((p: { report: string[] }) => p.report)).toEqual([['0', '1'], ['1/2', '1/2'], ['1', '0']]);
    for (const p of doc.honestProfile.profiles) expect(p.isEquilibrium).toBe(p.regret === '0');
  });

  it('a general-sum game: a pure equilibrium, or why there is none and why the verdicts are undecided', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'game-general-'));
    const game = (c: string, decision: string, truth: string[][], utility: string[][]) => {
      const file = join(dir, `${decision}-${c.replace('/', '_')}.json`);
      writeFileSync(file, JSON.stringify({ kind: 'conditional-prediction', outcomes: 2, utility, truth, rule: 'quadratic', decision: { kind: decision }, scoring: { kind: 'weighted', c }, grid: 2 }));
      return file;
    };
    let io = captureIo();
    expect(await main(['game', game('1/2', 'optimistic-max', [['1', '0'], ['1/2', '1/2']], [['0', '1'], ['0', '1']]), '--json'], io)).toBe(0);
    let doc = JSON.parse(io.stdout());
    expect(doc.solution).toMatchObject({ kind: 'general-sum', maxRegret: '0' });
    expect(doc.solution.pureEquilibria).toBeGreaterThan(0);
    // None of the 9 x 9 pure profiles of this game is an equilibrium (found by a search over small weighted games).
    io = captureIo();
    expect(await main(['game', game('5', 'average-max', [['1/2', '1/2'], ['1', '0']], [['0', '2'], ['2', '0']]), '--json'], io)).toBe(0);
    doc = JSON.parse(io.stdout());
    expect(doc.solution).toEqual({ kind: 'no-pure-equilibrium', reason: 'none of the 9 x 9 pure profiles is an equilibrium (mixed equilibria of a general-sum game are not computed)' });
    expect(doc.honestAtEveryEquilibrium).toEqual({ kind: 'undecided', reason: doc.solution.reason });
    expect(doc.bestActionAtEveryEquilibrium.kind).toBe('undecided');
    expect(doc.honestProfile).toMatchObject({ kind: 'truthful', isEquilibrium: false });
    rmSync(dir, { recursive: true, force: true });
  });

  it('a verdict a work limit stops is undecided with the reason (5 importance-weighted actions under the zero-one score: too many optimal level profiles)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'game-undecided-'));
    const file = join(dir, 'g.json');
    writeFileSync(file, JSON.stringify({
      kind: 'conditional-prediction', outcomes: 2, rule: 'zero-one', decision: { kind: 'epsilon-greedy', epsilon: '1/2' }, scoring: { kind: 'importance-weighted' }, grid: 20,
      utility: [['0', '1'], ['1', '0'], ['0', '2'], ['2', '0'], ['1', '3']], truth: Array.from({ length: 5 }, () => ['3/4', '1/4']),
    }));
    const io = captureIo();
    expect(await main(['game', file, '--json'], io)).toBe(0);
    const doc = JSON.parse(io.stdout());
    expect(doc.solution).toMatchObject({ kind: 'zero-sum', maxRegret: '0' });
    for (const v of [doc.honestAtEveryEquilibrium, doc.bestActionAtEveryEquilibrium]) expect(v).toEqual({ kind: 'undecided', reason: '"every optimum" verdicts not decided: more than 20000 optimal level profiles' });
    rmSync(dir, { recursive: true, force: true });
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

  const plot = async (game: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'propercheck-game-plot-'));
    const out = join(dir, 'game.svg');
    expect(await main(['game', game, '--plot', out], captureIo())).toBe(0);
    const svg = parseSvg(readFileSync(out, 'utf8'));
    rmSync(dir, { recursive: true, force: true });
    const texts = elementsNamed(svg, 'text');
    const labels = (cls: string) => texts.filter((t) => t.attributes['class'] === cls);
    return { svg, rows: labels('row-label'), cols: labels('col-label'), texts };
  };

  it('labels rows and columns by the reports (binary: P(outcome 0) per action) and marks the honest strategy', async () => {
    const { svg, rows, cols, texts } = await plot('examples/games/zs-02-optimistic-max.json');
    // Grid 4, two actions: pure strategy i reports P(outcome 0) = floor(i / 5) / 4 on action 0 and (i mod 5) / 4 on action 1.
    const quarter = (k: number) => ['0', '0.25', '0.5', '0.75', '1'][k]!;
    const expected = Array.from({ length: 25 }, (_, i) => `${quarter(Math.floor(i / 5))} | ${quarter(i % 5)}`);
    expect(rows.map((t) => t.text)).toEqual(expected); // 25 rows of 22.4 px: every label fits
    expect(cols.map((t) => t.text)).toEqual(expected);
    // Row labels sit on their rows, in order.
    const ys = rows.map((t) => Number(t.attributes['y']));
    expect(ys.every((y, k) => k === 0 || y > ys[k - 1]!)).toBe(true);
    // The honest strategy (truth (1/2, 1/2) and (3/4, 1/4)) is strategy 13: bold labels, outlined row and column.
    const honest = '0.5 | 0.75';
    expect(rows.filter((t) => t.attributes['font-weight'] === 'bold').map((t) => t.text)).toEqual([honest]);
    expect(cols.filter((t) => t.attributes['font-weight'] === 'bold').map((t) => t.text)).toEqual([honest]);
    const outlines = elementsNamed(svg, 'rect').filter((r) => r.attributes['class'] === 'honest');
    expect(outlines).toHaveLength(2);
    const row13 = rows.find((t) => t.text === honest)!;
    const rowOutline = outlines.find((r) => Number(r.attributes['height']) < Number(r.attributes['width']))!;
    expect(Number(row13.attributes['y'])).toBeGreaterThan(Number(rowOutline.attributes['y']));
    expect(Number(row13.attributes['y'])).toBeLessThan(Number(rowOutline.attributes['y']) + Number(rowOutline.attributes['height']));
    expect(texts.map((t) => t.text)).toContain('seat 1 pure strategy (P(outcome 0) per action)');
    expect(texts.map((t) => t.text)).toContain('truthful reports');
  });

  it('labels by report vectors for more outcomes, thins crowded labels but keeps the honest one, and a plain matrix by indices', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'game-labels-'));
    const file = join(dir, 'three.json');
    // 3 outcomes, grid 2 (6 reports), 2 actions: 36 strategies.
    writeFileSync(file, JSON.stringify({ kind: 'conditional-prediction', outcomes: 3, utility: [['0', '1', '2'], ['2', '1', '0']], truth: [['1/2', '1/2', '0'], ['0', '0', '1']], rule: 'quadratic', decision: { kind: 'argmax' }, scoring: { kind: 'single' }, grid: 2 }));
    const three = await plot(file);
    expect(three.rows.length).toBe(36);
    expect(three.rows.every((t) => /^\((0|0\.5|1), (0|0\.5|1), (0|0\.5|1)\) \| \((0|0\.5|1), (0|0\.5|1), (0|0\.5|1)\)$/.test(t.text))).toBe(true);
    expect(three.rows.filter((t) => t.attributes['font-weight'] === 'bold').map((t) => t.text)).toEqual(['(0.5, 0.5, 0) | (0, 0, 1)']);
    expect(three.cols).toHaveLength(0); // one predictor: a single column, against the world
    // 256 strategies (grid 15, two actions): labels every few rows, never closer than a line, the honest one always shown.
    const many = join(dir, 'many.json');
    writeFileSync(many, JSON.stringify({ kind: 'conditional-prediction', outcomes: 2, utility: [['0', '1'], ['1', '0']], truth: [['7/15', '8/15'], ['1/5', '4/5']], rule: 'quadratic', decision: { kind: 'optimistic-max' }, scoring: { kind: 'zero-sum' }, grid: 15 }));
    const big = await plot(many);
    expect(big.rows.length).toBeGreaterThan(20);
    expect(big.rows.length).toBeLessThan(256);
    const ys = big.rows.map((t) => Number(t.attributes['y']));
    expect(Math.min(...ys.slice(1).map((y, k) => y - ys[k]!))).toBeGreaterThanOrEqual(12 - 0.01);
    expect(big.rows.filter((t) => t.attributes['font-weight'] === 'bold').map((t) => t.text)).toEqual(['7/15 | 0.2']);
    const matrix = join(dir, 'matrix.json');
    writeFileSync(matrix, JSON.stringify({ kind: 'matrix', payoff: [['1', '-1'], ['-1', '1'], ['0', '0']] }));
    const plain = await plot(matrix);
    expect(plain.rows.map((t) => t.text)).toEqual(['0', '1', '2']);
    expect(plain.cols.map((t) => t.text)).toEqual(['0', '1']);
    expect(elementsNamed(plain.svg, 'rect').filter((r) => r.attributes['class'] === 'honest')).toHaveLength(0);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('propercheck game: readable numbers', () => {
  const write = (spec: unknown) => {
    const dir = mkdtempSync(join(tmpdir(), 'game-long-'));
    const file = join(dir, 'g.json');
    writeFileSync(file, JSON.stringify(spec));
    return file;
  };
  /** The longest number in a text (runs of digits with their sign, point, slash and exponent). */
  const longest = (text: string) => Math.max(...(text.match(/[~-]?\d[\d./e+-]*/g) ?? []).map((s) => s.length));
  const awkward = {
    kind: 'matrix',
    payoff: [
      ['123456789/987654321', '-314159265/271828183', '271828183/161803399', '-141421356/173205081'],
      ['-577215664/693147181', '161803399/141421356', '-173205081/223606797', '693147181/314159265'],
      ['223606797/577215664', '-271828183/314159265', '314159265/987654321', '-161803399/123456789'],
      ['-987654321/123456791', '577215664/271828183', '-223606797/141421356', '173205081/693147181'],
    ],
  };

  it('a matrix game whose value has a long denominator: decimals with ~ in text, whole with --exact, both in JSON', async () => {
    const file = write(awkward);
    let io = captureIo();
    expect(await main(['game', file, '--json'], io)).toBe(0);
    const doc = JSON.parse(io.stdout());
    expect(doc.value.length).toBeGreaterThan(40);
    expect(Rational.of(doc.value).toNumber()).toBeCloseTo(Number(doc.decimals.value.replace('~', '')), 10);
    expect(doc.decimals.value).toMatch(/^~-?0\.\d+$/);
    io = captureIo();
    expect(await main(['game', file], io)).toBe(0);
    expect(longest(io.stdout())).toBeLessThanOrEqual(40);
    expect(io.stdout()).toMatch(new RegExp(`value\\s+${doc.decimals.value.slice(0, 10).replace(/[.~]/g, '\\$&')}`));
    io = captureIo();
    expect(await main(['game', file, '--exact'], io)).toBe(0);
    expect(io.stdout()).toMatch(new RegExp(`value\\s+${doc.value}$`, 'm'));
    for (const p of doc.equilibrium.flat()) expect(io.stdout()).toContain(p);
  });

  it('a predictor game whose value has a long denominator (an awkward performative game): the same', async () => {
    const file = write({ kind: 'performative', rule: 'quadratic', map: { kind: 'affine-clipped', a: '1/7', b: '1732050/2236067' }, weight: '1732050/2236067', grid: 7 });
    let io = captureIo();
    expect(await main(['game', file, '--json'], io)).toBe(0);
    const doc = JSON.parse(io.stdout());
    expect(doc.solution.value.length).toBeGreaterThan(40);
    expect(doc.solution.decimals.value).toMatch(/^~0\.09809035/);
    io = captureIo();
    expect(await main(['game', file], io)).toBe(0);
    expect(longest(io.stdout())).toBeLessThanOrEqual(40);
    expect(io.stdout()).toMatch(/value\s+~0\.0980903543/);
    // The equilibrium as reports with probabilities: "p x (a, b)", then "+ p x (c, d)".
    expect(io.stdout()).toMatch(/^ {2}seat 1: \S+ x \(\d(\/\d)?, \d(\/\d)?\)\n {8}\+ \S+ x \(/m);
    io = captureIo();
    expect(await main(['game', file, '--exact'], io)).toBe(0);
    expect(io.stdout()).toMatch(new RegExp(`value\\s+${doc.solution.value}$`, 'm'));
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
    expect(doc).toMatchObject({ strategies: 66 ** 5, method: 'double oracle', honestAtEveryEquilibrium: { kind: 'holds' }, bestActionAtEveryEquilibrium: { kind: 'holds' }, bestAction: { kind: 'action', action: 3 } });
    expect(doc.solution).toMatchObject({ kind: 'zero-sum', value: '0', maxRegret: '0', actions: { kind: 'taken', action: 3 } });
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
      else if (doc.kind === 'matrix') expect(doc.maxRegret, name).toBe('0');
      else expect(doc.solution.maxRegret, name).toBe('0');
    }
  });
});
