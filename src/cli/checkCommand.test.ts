import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { captureIo } from './_internals/captureIo.ts';
import { main } from './main.ts';

// The acceptance scenarios of the foundation issue, driven through the CLI entry (not the internals),
// on rule files written only against the contract (examples/rules/).
const saveDir = mkdtempSync(join(tmpdir(), 'propercheck-check-'));
afterAll(() => rmSync(saveDir, { recursive: true, force: true }));

/** Runs `check --json`; the search alone unless '--proof' is among the flags (then the SMT tier too). */
async function check(file: string, ...flags: string[]) {
  const io = captureIo();
  const proof = flags.includes('--proof') ? [] : ['--no-proof'];
  const args = ['check', `examples/rules/${file}`, '--json', '--save-dir', saveDir, ...proof, ...flags.filter((f) => f !== '--proof')];
  const code = await main(args, io);
  const json = code === 2 ? undefined : JSON.parse(io.stdout());
  const verdict = (claim: string) => json?.results.find((r: { claim: string }) => r.claim === claim)?.verdict;
  return { code, json, verdict, stderr: io.stderr() };
}

describe('propercheck check (rule files written against the contract)', () => {
  for (const seed of ['1', '2', '3']) {
    it(`does not refute strictly proper rules that need sqrt or ln (seed ${seed})`, async () => {
      const spherical = await check('spherical-by-hand.ts', '--seed', seed, '--runs', '150');
      expect(spherical.code, spherical.stderr).toBe(0);
      expect(spherical.verdict('strictly-proper')).toBe('unrefuted');
      expect(spherical.verdict('local')).toBe('refuted'); // battery: spherical is not local
      const log = await check('log-by-hand.ts', '--seed', seed, '--runs', '150', '--outcomes', '2..4');
      expect(log.code, log.stderr).toBe(0);
      expect(log.verdict('strictly-proper')).toBe('unrefuted');
      expect(log.verdict('local')).toBe('unrefuted');
    });

    it(`refutes a rule proper for 2 outcomes only when 3+ are allowed (seed ${seed})`, async () => {
      const wide = await check('binary-only.ts', '--seed', seed);
      expect(wide.code).toBe(1);
      expect(wide.verdict('proper')).toBe('refuted');
      const p = wide.json.results.find((r: { claim: string }) => r.claim === 'proper');
      expect(p.claimedByAuthor).toBe(true);
      expect(p.counterexample.file).toMatch(/binary-only[/\\]proper[/\\][0-9a-f]{12}\.json$/);
      expect(p.counterexample.robustness.kind).toBe('strict');
      const binary = await check('binary-only.ts', '--seed', seed, '--outcomes', '2..2');
      expect(binary.code).toBe(0);
      expect(binary.verdict('proper')).toBe('unrefuted');
      expect(binary.verdict('strictly-proper')).toBe('unrefuted');
    });

    it(`refutes an improper rule whose largest violation is below 1e-6 (seed ${seed})`, async () => {
      const tiny = await check('tiny-violation.ts', '--seed', seed, '--claims', 'proper'); // the default budget
      expect(tiny.code).toBe(1);
      const result = tiny.json.results[0];
      expect(result.verdict).toBe('refuted');
      // The certified margin S(q,q) - S(p,q) is negative and far smaller than 1e-6 in magnitude.
      const [num, den] = String(result.counterexample.witness.margin).split('/').map(BigInt);
      expect(num! < 0n).toBe(true);
      expect(-num! * 1_000_000n < den!).toBe(true);
    });

    it(`does not refute a proper rule whose float evaluation shows rounding gaps (seed ${seed})`, async () => {
      const noisy = await check('rounding-noise.ts', '--seed', seed, '--outcomes', '2..4');
      expect(noisy.code).toBe(0);
      expect(noisy.verdict('proper')).toBe('unrefuted');
      expect(noisy.verdict('strictly-proper')).toBe('unrefuted');
    });
  }
});

describe('propercheck check with the proof tier', () => {
  it('proves what it can for the checked range, and says why it cannot', async () => {
    const binary = await check('binary-only.ts', '--seed', '1', '--outcomes', '2..2', '--proof');
    expect(binary.code).toBe(0);
    const strict = binary.json.results.find((r: { claim: string }) => r.claim === 'strictly-proper');
    expect(strict).toMatchObject({ verdict: 'proved', provedFor: '2..2' });
    const log = await check('log-by-hand.ts', '--seed', '1', '--outcomes', '2..3', '--proof', '--claims', 'strictly-proper');
    expect(log.json.results[0]).toMatchObject({ verdict: 'proved', provedFor: '2..3' }); // Gibbs, from the tangent facts of ln
    const rushed = await check('log-by-hand.ts', '--seed', '1', '--outcomes', '2..3', '--proof', '--claims', 'strictly-proper', '--proof-timeout', '1');
    expect(rushed.json.results[0]).toMatchObject({ verdict: 'unrefuted', proofNote: expect.stringMatching(/timeout after 1 ms/) });
  });

  it('never turns a refutation into a proof', async () => {
    const wide = await check('binary-only.ts', '--seed', '1', '--outcomes', '2..3', '--proof');
    expect(wide.verdict('proper')).toBe('refuted');
    expect(wide.code).toBe(1);
  });
});

describe('propercheck check: bad input is one line, exit 2, nothing saved lost', () => {
  const dir = mkdtempSync(join(tmpdir(), 'propercheck-bad-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const ruleFile = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  const score = (body: string) => `export default { name: 'bad', score(F: any, p: any[], y: number) { ${body} } };`;
  const cases: [string, string, RegExp][] = [
    ['missing.ts', '', /missing\.ts: file: no such file/],
    ['syntax.ts', 'export default { name: "x", score(F, p, y) { return ( } };', /syntax\.ts: file: does not parse/],
    ['nodefault.ts', 'export const rule = 1;', /nodefault\.ts: default export: is missing/],
    ['noscore.ts', "export default { name: 'x' };", /noscore\.ts: score: must be a function/],
    ['throws.ts', score("throw new Error('boom');"), /throws\.ts: score: threw at p = .*boom/],
    ['nan.ts', score('return F.of(NaN);'), /nan\.ts: score: (threw|returned NaN)/],
    ['inf.ts', score('return F.div(F.of(1), F.sub(p[y], p[y]));'), /inf\.ts: score: (returned an infinity|failed at .*division by zero)/],
    ['undef.ts', score('return undefined;'), /undef\.ts: score: returned a non-value \(undefined/],
    ['loop.ts', score('for (;;) {}'), /loop\.ts: score: did not return within 300 ms/],
    ['claims.ts', "export default { name: 'x', claims: ['proprer'], score: (F: any, p: any[], y: number) => p[y] };", /claims\.ts: claims\[0\]: unknown claim "proprer"/],
    ['range.ts', "export default { name: 'x', outcomes: { min: 3, max: 2 }, score: (F: any, p: any[], y: number) => p[y] };", /range\.ts: outcomes: must be/],
  ];
  for (const [name, text, message] of cases) {
    it(`${name}: ${message.source}`, async () => {
      const file = name === 'missing.ts' ? join(dir, name) : ruleFile(name, text);
      const before = readdirSync(saveDir, { recursive: true }).sort();
      const io = captureIo();
      const code = await main(['check', file, '--save-dir', saveDir, '--eval-limit', '300', '--runs', '20', '--seed', '1'], io);
      expect(code).toBe(2);
      expect(io.stderr()).toMatch(message);
      expect(io.stderr().trim().split('\n')).toHaveLength(1);
      expect(readdirSync(saveDir, { recursive: true }).sort()).toEqual(before);
    });
  }

  it('an impossible --outcomes range is bad input', async () => {
    const io = captureIo();
    expect(await main(['check', 'examples/rules/binary-only.ts', '--outcomes', '5..3'], io)).toBe(2);
    expect(io.stderr()).toMatch(/--outcomes: empty range 5\.\.3/);
    const io2 = captureIo();
    expect(await main(['check', 'examples/rules/binary-only.ts', '--outcomes', '1..3'], io2)).toBe(2);
    expect(io2.stderr()).toMatch(/--outcomes: 1\.\.3 is outside the rule's outcomes 2\.\.64/);
  });

  it('an unknown claim in --claims is bad input', async () => {
    const io = captureIo();
    expect(await main(['check', 'examples/rules/binary-only.ts', '--claims', 'proper,bogus'], io)).toBe(2);
    expect(io.stderr()).toMatch(/--claims\[1\]: the rule has no claim "bogus"; its claims: proper, /);
    const typo = captureIo();
    expect(await main(['check', 'examples/rules/binary-only.ts', '--claims', 'strictly-propr'], typo)).toBe(2);
    expect(typo.stderr()).toMatch(/no claim "strictly-propr" \(did you mean "strictly-proper"\?\)/);
  });
});

describe('files saved by check', () => {
  it('all reproduce, laws and battery claims alike, given their rule file (they lie outside its project)', async () => {
    const io = captureIo();
    const code = await main(['reproduce', join(saveDir, 'binary-only'), '--rule', 'examples/rules/binary-only.ts', '--json'], io);
    const { results } = JSON.parse(io.stdout()) as { results: { claim: string; status: string }[] };
    expect(results.length).toBeGreaterThan(3);
    expect(results.filter((r) => r.status !== 'reproduced')).toEqual([]);
    expect(results.some((r) => /\/(fixed-point-is-optimal|single-agent-argmax-honest)$/.test(r.claim))).toBe(true);
    expect(code).toBe(0);
  });

  it('refuses to load a rule file that a saved file places outside its project, in one line', async () => {
    const io = captureIo();
    expect(await main(['reproduce', join(saveDir, 'binary-only')], io)).toBe(2);
    expect(io.stdout()).toMatch(/ruleFile: .*cannot be trusted.*pass --rule FILE/);
  });
});

describe('check with a malformed saved file', () => {
  it('names the file, still checks, exits 2 and leaves the file as it is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'propercheck-malformed-'));
    const folder = join(dir, 'binary-only', 'proper');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'broken.json'), '{ "format": 1, ');
    const io = captureIo();
    const code = await main(['check', 'examples/rules/binary-only.ts', '--save-dir', dir, '--no-proof', '--seed', '1', '--runs', '50'], io);
    expect(code).toBe(2);
    expect(io.stderr()).toMatch(/broken\.json: not valid JSON/);
    expect(io.stdout()).toMatch(/proper\s+yes\s+refuted/);
    expect(readFileSync(join(folder, 'broken.json'), 'utf8')).toBe('{ "format": 1, ');
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('help', () => {
  it('every command answers --help with its usage and exit 0; no command is a usage error', async () => {
    for (const command of ['run', 'check', 'reproduce', 'list', 'report', 'game', 'prove', 'analyze', 'train']) {
      const io = captureIo();
      expect(await main([command, '--help'], io)).toBe(0);
      expect(io.stdout()).toMatch(new RegExp(`^usage: propercheck ${command}`));
    }
    const io = captureIo();
    expect(await main([], io)).toBe(2);
    expect(io.stdout()).toMatch(/^usage: propercheck <command>/);
    const bad = captureIo();
    expect(await main(['frobnicate'], bad)).toBe(2);
    expect(bad.stderr()).toMatch(/unknown command "frobnicate"/);
  });
});

describe('reproduce with unreadable files', () => {
  it('names each bad file on its own row, replays the good ones, and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'propercheck-reproduce-'));
    writeFileSync(join(dir, 'garbage.json'), 'not json');
    writeFileSync(join(dir, 'unknown.json'), JSON.stringify({ format: 1, claim: 'nobody/nothing', statement: '', input: {}, witness: {}, provenance: { seed: 1 } }));
    const io = captureIo();
    const code = await main(['reproduce', dir, 'counterexamples/linear/proper', '--json'], io);
    const { results } = JSON.parse(io.stdout()) as { results: { file: string; status: string; detail: string }[] };
    expect(code).toBe(2);
    expect(results.find((r) => r.file.endsWith('garbage.json'))).toMatchObject({ status: 'invalid', detail: expect.stringMatching(/not valid JSON/) });
    expect(results.find((r) => r.file.endsWith('unknown.json'))).toMatchObject({ status: 'invalid', detail: expect.stringMatching(/nobody\/nothing is not a registered claim/) });
    expect(results.some((r) => r.file.includes('linear') && r.status === 'reproduced')).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });
});
