import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureIo } from './_internals/captureIo.ts';
import { main } from './main.ts';

const dir = mkdtempSync(join(tmpdir(), 'experiment-'));
const withoutTimes = (results: { ms: number }[]) => results.map(({ ms: _ms, ...rest }) => rest);

async function json(args: string[]): Promise<{ code: number; doc: Record<string, unknown>; err: string }> {
  const io = captureIo();
  const code = await main(['experiment', ...args, '--json'], io);
  return { code, doc: io.stdout() ? JSON.parse(io.stdout()) : {}, err: io.stderr() };
}

describe('propercheck experiment', () => {
  it('--json prints the contract: experiment, samples, completed, undecided, quantities with statistics, counts', async () => {
    const { code, doc } = await json(['many-outcome-brier-n3', '--samples', '12', '--seed', '3', '--workers', '2', '--checkpoint-dir', join(dir, 'a')]);
    expect(code).toBe(0);
    expect(doc).toMatchObject({ experiment: 'many-outcome-brier-n3', samples: 12, completed: 12, undecided: 0, failed: 0 });
    const q = (doc['quantities'] as Record<string, Record<string, unknown>>)['distanceToFixedPoint']!;
    for (const key of ['mean', 'median', 'sd', 'min', 'max']) expect(typeof q[key]).toBe('number');
    expect(q['quartiles']).toHaveLength(3);
    expect(Object.keys(doc['quantities'] as object)).toEqual(['distanceToFixedPoint', 'inaccuracy', 'fixedPointToUniform', 'optimumToUniform', 'tangentNorm', 'optimumValue']);
    expect(doc['counts']).toHaveProperty('vertexOptima');
    expect(doc['counts']).toHaveProperty('nonConcave');
  });

  it('the same results for any number of workers, and --resume computes only what the checkpoint lacks', async () => {
    const ckpt = join(dir, 'b');
    const one = await json(['many-outcome-brier-n3', '--samples', '6', '--workers', '1', '--checkpoint-dir', ckpt]);
    const file = join(ckpt, 'many-outcome-brier-n3-seed1.json');
    const first = JSON.parse(readFileSync(file, 'utf8')).results;
    expect(first).toHaveLength(6);
    const resumed = await json(['many-outcome-brier-n3', '--samples', '10', '--workers', '2', '--checkpoint-dir', ckpt, '--resume']);
    expect((resumed.doc['timing'] as { resumed: number }).resumed).toBe(6);
    const fresh = await json(['many-outcome-brier-n3', '--samples', '10', '--workers', '2', '--checkpoint-dir', join(dir, 'c')]);
    const { timing: _t1, checkpoint: _c1, ...a } = resumed.doc;
    const { timing: _t2, checkpoint: _c2, ...b } = fresh.doc;
    expect(a).toEqual(b);
    const after = JSON.parse(readFileSync(file, 'utf8')).results;
    expect(withoutTimes(after.slice(0, 6))).toEqual(withoutTimes(first));
    expect(one.doc['quantities']).toBeDefined();
  });

  it('--instance K re-creates instance K alone, as in the full run', async () => {
    const full = JSON.parse(readFileSync(join(dir, 'c', 'many-outcome-brier-n3-seed1.json'), 'utf8')).results;
    const { code, doc } = await json(['many-outcome-brier-n3', '--instance', '7']);
    expect(code).toBe(0);
    const instance = doc['instance'] as { ms: number; details: object };
    expect(withoutTimes([instance])).toEqual(withoutTimes([full[6]]));
    expect(instance.details).toHaveProperty('fixedPoints');
  });

  it('writes the CSV (one row per instance), the histograms and the HTML page', async () => {
    const [csv, svg, html] = ['e.csv', 'e.svg', 'e.html'].map((f) => join(dir, f));
    const { code } = await json(['binary-piecewise-brier', '--samples', '8', '--csv', csv!, '--plot', svg!, '--html', html!, '--checkpoint-dir', join(dir, 'd')]);
    expect(code).toBe(0);
    const lines = readFileSync(csv!, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(9);
    expect(lines[0]).toMatch(/^instance,status,distanceToFixedPoint,distanceToFixedPoint_exact,distanceToFixedPoint_lo,distanceToFixedPoint_hi,/);
    expect(readFileSync(svg!, 'utf8')).toMatch(/^<\?xml[\s\S]*<svg[\s\S]*distanceToFixedPoint/);
    expect(readFileSync(html!, 'utf8')).toMatch(/<h2>Statistics<\/h2>[\s\S]*<h2>Histograms<\/h2>[\s\S]*<svg/);
  });

  it('a rule file (run in workers only) that earns the quadratic trait gives the built-in Brier results', async () => {
    const rule = join(dir, 'brier.ts');
    writeFileSync(rule, `export default { name: 'my-brier', score(F, p, y) { return F.sub(F.mul(F.of(2), p[y]), F.sum(p.map((q) => F.mul(q, q)))); } };`);
    const spec = join(dir, 'file-rule.json');
    writeFileSync(spec, JSON.stringify({ name: 'file-rule', family: { kind: 'random-stochastic-matrix', outcomes: 3, grid: 1000 }, rule: './brier.ts', samples: 5 }));
    const fromFile = await json([spec, '--checkpoint-dir', join(dir, 'e')]);
    const builtin = await json(['many-outcome-brier-n3', '--samples', '5', '--checkpoint-dir', join(dir, 'f')]);
    expect(fromFile.code).toBe(0);
    expect(fromFile.doc['quantities']).toEqual(builtin.doc['quantities']);
    expect(fromFile.doc['counts']).toEqual(builtin.doc['counts']);
  });

  it('a rule file whose score never returns is bad input naming the file (--eval-limit), not a slow instance', async () => {
    const rule = join(dir, 'loop.ts');
    writeFileSync(rule, `export default { name: 'loop', score(F, p, y) { for (;;) {} } };`);
    const spec = join(dir, 'loop.json');
    writeFileSync(spec, JSON.stringify({ name: 'loop', family: { kind: 'random-stochastic-matrix', outcomes: 3, grid: 10 }, rule: './loop.ts', samples: 2 }));
    const io = captureIo();
    expect(await main(['experiment', spec, '--eval-limit', '300', '--workers', '1', '--checkpoint-dir', join(dir, 'g')], io)).toBe(2);
    expect(io.stderr()).toMatch(/loop\.ts: score: instance 1 did not finish within 300 ms \(--eval-limit\)/);
  });

  it('bad input: one line, exit 2', async () => {
    const spec = join(dir, 'bad.json');
    writeFileSync(spec, JSON.stringify({ name: 'x', family: { kind: 'random-stochastic-matrix', outcomes: 1, grid: 10 }, rule: 'quadratic' }));
    const cases: [string[], RegExp][] = [
      [[spec], /^propercheck experiment: .*bad\.json: spec\.family\.outcomes: expected an integer in 2\.\.10, got 1$/],
      [['many-outcome-brie'], /^propercheck experiment: .*no spec file or built-in experiment "many-outcome-brie" \(did you mean "many-outcome-brier"\?\)/],
      [['many-outcome-brier', '--samples', '0'], /^propercheck experiment: --samples: expected an integer >= 1, got "0"$/],
    ];
    for (const [args, pattern] of cases) {
      const io = captureIo();
      expect(await main(['experiment', ...args], io)).toBe(2);
      expect(io.stderr()).toMatch(pattern);
      expect(io.stderr().split('\n')).toHaveLength(1);
    }
  });
});
