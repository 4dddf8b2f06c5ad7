import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Rational } from '../numbers/Rational.ts';
import { RationalField } from '../numbers/RationalField.ts';
import { decodeMapSpec } from '../performative/map/decodeMapSpec.ts';
import { objectiveAt } from '../performative/map/performativeObjective.ts';
import { captureIo } from './_internals/captureIo.ts';
import { main } from './main.ts';

const dir = mkdtempSync(join(tmpdir(), 'propercheck-analyze-'));
const map = (name: string) => `examples/maps/${name}.json`;

async function analyze(...args: string[]) {
  const io = captureIo();
  const code = await main(['analyze', ...args], io);
  return { code, out: io.stdout(), err: io.stderr() };
}
async function analyzeJson(rule: string, name: string) {
  const r = await analyze('--rule', rule, '--map', map(name), '--json');
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out) as Record<string, any>;
}

describe('propercheck analyze on the example maps (the documented examples)', () => {
  it('PP-02 affine, quadratic: fixed point 1/4, optimum 1/8 with score 41/64, inaccuracy 3/32, distance 1/8', async () => {
    const a = await analyzeJson('quadratic', 'pp02-affine');
    expect(a.fixedPoints).toEqual([{ point: ['1/4', '3/4'], exact: true }]);
    expect(a.optimalReports).toEqual([{ point: ['1/8', '7/8'], exact: true, score: '41/64', inaccuracy: '3/32', distanceToFixedPoints: '1/8' }]);
    expect(a.stableReports).toEqual([{ point: ['1/4', '3/4'], exact: true }]);
  });

  it('PP-14 steep, quadratic: optimum 2/5 (score 17/25) far from the fixed point 4/11; best response cycles', async () => {
    const a = await analyzeJson('quadratic', 'pp14-steep');
    expect(a.fixedPoints).toEqual([{ point: ['4/11', '7/11'], exact: true }]);
    expect(a.optimalReports[0]).toMatchObject({ point: ['2/5', '3/5'], score: '17/25', inaccuracy: '2/5' });
    expect(a.dynamics.bestResponse.outcome).toMatchObject({ kind: 'cycle', period: 2 });
  });

  it('three fixed points, all exact (PP-04 bank run)', async () => {
    const a = await analyzeJson('quadratic', 'three-fixed-points');
    expect(a.fixedPoints.map((s: any) => s.point[0])).toEqual(['1/10', '3/5', '9/10']);
  });

  it('identity: a continuum of fixed points; quadratic optima at both ends (G convex)', async () => {
    const a = await analyzeJson('quadratic', 'identity');
    expect(a.fixedPoints).toEqual([{ segment: [['0', '1'], ['1', '0']], closed: [true, true], exact: true }]);
    expect(a.optimalReports.map((s: any) => s.point[0])).toEqual(['0', '1']);
  });

  it('step map: no fixed point, with a certificate', async () => {
    const a = await analyzeJson('quadratic', 'step-no-fixed-point');
    expect(a.fixedPoints).toEqual([]);
    expect(a.continuous).toBe(false);
    expect(a.noFixedPointCertificate.jumps).toEqual([{ at: '1/2', left: '3/4', value: '1/4', right: '1/4' }]);
  });

  it('3-outcome stochastic matrix, quadratic: exact fixed point and optimum, checked by KKT here', async () => {
    const a = await analyzeJson('quadratic', 'stochastic-matrix-3');
    expect(a.fixedPoints).toEqual([{ point: ['1/3', '5/12', '1/4'], exact: true }]);
    const p = (a.optimalReports[0].point as string[]).map((x) => Rational.of(x));
    expect(p.map(String)).toEqual(['7/24', '23/48', '11/48']);
    // Phi(p) = 2 <p, A p> - |p|^2 (Brier reward 2 p_y - |p|^2 with y ~ A p); its gradient 2 (A + A^T) p - 2 p
    // must be constant across coordinates at an interior maximiser (KKT with all p_i > 0).
    const A = [['1/2', '1/5', '1/3'], ['1/4', '3/5', '1/3'], ['1/4', '1/5', '1/3']].map((row) => row.map((x) => Rational.of(x)));
    const grad = [0, 1, 2].map((i) => Rational.sum([0, 1, 2].map((j) => A[i]![j]!.add(A[j]![i]!).mul(p[j]!))).sub(p[i]!));
    expect(grad[0]!.equals(grad[1]!) && grad[1]!.equals(grad[2]!)).toBe(true);
    expect(a.optimalReports[0].score).toBe('503/1440');
    // Phi is concave on this simplex: one active-set walk, and the result says so.
    expect(a.optimalKkt).toEqual({ method: 'concave-active-set', facesExamined: 1 });
    expect((await analyze('--rule', 'quadratic', '--map', map('stochastic-matrix-3'))).out).toContain('optimal reports (exact-kkt: concave-active-set, 1 face examined)');
  });

  it('a map above MAP_LIMITS is refused in one line naming the field, the size and the limit', async () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, JSON.stringify({ kind: 'stochastic-matrix', columns: Array.from({ length: 17 }, (_, j) => Array.from({ length: 17 }, (__, i) => (i === j ? '1' : '0'))) }));
    const r = await analyze('--rule', 'quadratic', '--map', big);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/big\.json: map\.columns: 17 outcomes exceed the limit of 16 /);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('logarithmic on PP-14: the exact kink 2/5 with a certified score', async () => {
    const a = await analyzeJson('logarithmic', 'pp14-steep');
    expect(a.optimalReports[0]).toMatchObject({ point: ['2/5', '3/5'], exact: true, inaccuracy: '2/5' });
    expect(a.optimalReports[0].score).toHaveLength(2);
  });

  it('text report names every section', async () => {
    const r = await analyze('--rule', 'quadratic', '--map', map('pp02-affine'));
    expect(r.code).toBe(0);
    for (const s of ['fixed points (exact):', 'p = (1/4, 3/4)', 'optimal reports (exact-pieces), max Phi = 41/64', 'inaccuracy |f(p) - p| = 3/32', 'stable reports', 'dynamics:']) {
      expect(r.out).toContain(s);
    }
  });

  it('--plot writes a readable SVG (axes labels, legend, markers) atomically', async () => {
    const out = join(dir, 'pp14.svg');
    const r = await analyze('--rule', 'logarithmic', '--map', map('pp14-steep'), '--plot', out, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).plot).toBe(out);
    const svg = readFileSync(out, 'utf8');
    for (const s of ['<svg', 'report p = P(first outcome)', 'Φ(p) = S(p, f(p))', 'optimal report', 'fixed point', '<polyline']) expect(svg).toContain(s);
  });
});

describe('propercheck analyze: bad input is one line and exit 2', () => {
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, '{"kind": "binary-piecewise-linear", "points": [["0", "1/2"], ["1/2", "3/2"], ["1", "0"]]}');
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{"kind": ');
  it.each([
    [['--rule', 'quadratic', '--map', join(dir, 'missing.json')], /missing\.json: no such file/],
    [['--rule', 'quadratic', '--map', broken], /broken\.json: not valid JSON/],
    [['--rule', 'quadratic', '--map', bad], /bad\.json: map\.points\[1\]/],
    [['--rule', 'no-such-rule', '--map', map('pp02-affine')], /unknown rule id/],
    [['--rule', 'binary-exponential(10)', '--map', map('stochastic-matrix-3')], /3 outcomes but rule binary-exponential\(10\) is defined for 2\.\.2/],
    [['--rule', 'quadratic', '--map', map('stochastic-matrix-3'), '--plot', join(dir, 'x.svg')], /--plot: plots need a binary map/],
    [['--map', map('pp02-affine')], /--rule: missing/],
  ])('%j', async (args, message) => {
    const r = await analyze(...(args as string[]));
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message);
  });
});

describe('analyze where the optimiser has nothing to work with', () => {
  it('the log rule on three outcomes is certified by branch and bound (it used to be refused)', async () => {
    const r = await analyze('--rule', 'logarithmic', '--map', 'examples/maps/stochastic-matrix-3.json', '--json');
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.optimalMethod).toBe('simplex-branch-and-bound');
    expect(Rational.of(json.optimalValue.lower).le(Rational.of(json.optimalValue.upper))).toBe(true);
  });

  it('a rule that cannot be evaluated anywhere Phi needs it: the optimum is not computed (and everything else is), instead of failing', async () => {
    const file = join(dir, 'nowhere-defined.ts');
    writeFileSync(file, "export default { name: 'nowhere', score(F: any, p: any[], y: number) { return F.div(F.of(1), F.sub(p[y], p[y])); } };");
    const r = await analyze('--rule', file, '--map', 'examples/maps/stochastic-matrix-3.json', '--json');
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.optimalReports).toEqual([]);
    expect(json.optimalValue).toBeNull();
    expect(json.optimalMethod).toMatch(/^not computed: Phi could not be evaluated at any report/);
    expect(json.fixedPoints).toEqual([{ point: ['1/3', '5/12', '1/4'], exact: true }]);
  });
});

describe('a rule file that reuses a built-in name gets nothing of the built-in (audit defect 1)', () => {
  const cubic = 'src/cli/__fixtures__/cubic-named-quadratic.ts';

  it('cubic rule named quadratic on the 3-outcome matrix: no exact KKT, no 479/1760 (the quadratic rule\'s answer), a certified optimum of its own', async () => {
    const r = await analyze('--rule', cubic, '--map', map('stochastic-matrix-3'));
    expect(r.code, r.err).toBe(0);
    expect(r.out).not.toContain('exact-kkt');
    expect(r.out).not.toContain('479/1760');
    expect(r.out).toMatch(/optimal reports \(simplex-branch-and-bound\), max Phi = ~0.12699/);
    const json = JSON.parse((await analyze('--rule', cubic, '--map', map('stochastic-matrix-3'), '--json')).out);
    expect(json).toMatchObject({ rule: 'quadratic', optimalMethod: 'simplex-branch-and-bound', stableReports: null });
    // The certified bounds hold Phi at the reported witness, and nothing near the quadratic rule's 479/1760.
    const { lower, upper, attainedAt } = json.optimalValue;
    const phi = objectiveAt(RationalField, { id: 'quadratic', outcomes: { min: 3, max: 3 }, domain: 'closed', score: (await import('./__fixtures__/cubic-named-quadratic.ts')).default.score }, decodeMapSpec(JSON.parse(readFileSync(map('stochastic-matrix-3'), 'utf8'))), attainedAt.map((x: string) => Rational.of(x)));
    expect(phi.ge(Rational.of(lower)) && Rational.of(upper).lt(Rational.of('479/1760'))).toBe(true);
  });

  it('what was printed was wrong: Phi of the cubic rule at (7/22, 9/22, 3/11) is not 479/1760 (about 0.124)', async () => {
    const { default: file } = await import('./__fixtures__/cubic-named-quadratic.ts');
    const spec = decodeMapSpec(JSON.parse(readFileSync(map('stochastic-matrix-3'), 'utf8')));
    const rule = { id: 'quadratic', outcomes: { min: 3, max: 3 }, domain: 'closed' as const, score: file.score };
    const phi = objectiveAt(RationalField, rule, spec, ['7/22', '9/22', '3/11'].map((x) => Rational.of(x)));
    expect(phi.equals(Rational.of('479/1760'))).toBe(false);
    expect(phi.toNumber()).toBeCloseTo(0.124, 3);
  });

  it('a genuinely quadratic rule file earns the exact path by proof (Brier by hand = the built-in answer 503/1440)', async () => {
    const file = join(dir, 'brier-by-hand.ts');
    writeFileSync(file, "export default { name: 'brier', score(F: any, p: any[], y: number) { return F.sub(F.mul(F.of(2), p[y]), F.sum(p.map((x: any) => F.mul(x, x)))); } };");
    const json = JSON.parse((await analyze('--rule', file, '--map', map('stochastic-matrix-3'), '--json')).out);
    expect(json.optimalMethod).toBe('exact-kkt');
    expect(json.optimalValue).toEqual({ exact: '503/1440' });
    expect(json.stableReports).toBeNull(); // strict properness is not claimed by the file: not assumed
  });
});

describe('propercheck analyze --map with a map given as code (a module, from anywhere)', () => {
  it('PP-02 as code: the same fixed point 1/4, and a certified optimum around the exact 1/8 with max Phi = 41/64 in its bounds', async () => {
    const r = await analyze('--rule', 'quadratic', '--map', 'examples/maps/pp02-as-code.ts', '--json');
    expect(r.code, r.err).toBe(0);
    const a = JSON.parse(r.out);
    expect(a.map).toEqual({ kind: 'code', name: 'pp02-as-code', outcomes: 2, file: 'examples/maps/pp02-as-code.ts' });
    expect(a.fixedPoints).toEqual([{ point: ['1/4', '3/4'], exact: true }]);
    expect(a.continuous).toBe('unknown');
    const [[lo, hi]] = a.optimalReports[0].enclosure;
    expect(Rational.of(lo).le(Rational.of('1/8')) && Rational.of(hi).ge(Rational.of('1/8'))).toBe(true);
    expect(Rational.of(a.optimalValue.lower).le(Rational.of('41/64')) && Rational.of(a.optimalValue.upper).ge(Rational.of('41/64'))).toBe(true);
  });

  it('a map on three outcomes as code: certified optimal reports, fixed points said to be not computed (not "none")', async () => {
    const r = await analyze('--rule', 'spherical', '--map', 'examples/maps/cyclic-shift-3.ts');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/fixed points \(not computed: fixed points of a map given as code are certified on two outcomes only/);
    expect(r.out).not.toMatch(/none; certificate/);
    expect(r.out).toMatch(/optimal reports \(simplex-branch-and-bound\), max Phi = ~0.66666667/);
  });

  it('a map module that breaks its contract is bad input in one line naming the file and f', async () => {
    const file = join(dir, 'leaky-map.mjs');
    writeFileSync(file, 'export default { outcomes: 2, f(F, p) { return [F.of("1/2"), F.of("1/4")]; } };');
    const r = await analyze('--rule', 'quadratic', '--map', file);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/leaky-map.mjs: f: returned coordinates (summing to 3\/4, not 1|whose sum certainly differs from 1)/);
    const noF = join(dir, 'no-f.cjs');
    writeFileSync(noF, 'module.exports = { outcomes: 20 };');
    const bad = await analyze('--rule', 'quadratic', '--map', noF);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain(`${noF}: outcomes: must be an integer 2..16`);
  });
});
