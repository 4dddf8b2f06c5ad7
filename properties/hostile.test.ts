import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Hostile and faulty inputs, through the compiled CLI in a child process (real exit codes, real memory
 * and time limits): each must end with exit 2 and ONE line on stderr naming the file (or flag) at fault,
 * within its own time limit, and leave every saved file as it was.
 */
const CLI = resolve('scripts/propercheck.mjs');
const dir = mkdtempSync(join(tmpdir(), 'propercheck-hostile-'));
const saved = join(dir, 'saved');
afterAll(() => {
  try {
    chmodSync(join(dir, 'readonly'), 0o755);
  } catch {
    // not created
  }
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, text: string): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
}

const rule = (body: string, extra = '') => `export default { name: 'hostile', ${extra} score(F, p, y) { ${body} } };`;

function snapshot(folder: string): string[] {
  try {
    return (readdirSync(folder, { recursive: true }) as string[]).sort().map((f) => `${f}:${statSync(join(folder, f)).size}`);
  } catch {
    return [];
  }
}

function cli(args: readonly string[], timeoutMs: number) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: timeoutMs, env: { ...process.env, NO_COLOR: '1', CI: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, timedOut: result.error !== undefined };
}

/** Every case: exit 2, one non-empty stderr line matching `message`, within `timeoutMs`, the save folder unchanged. */
function expectOneLine(args: readonly string[], message: RegExp, timeoutMs = 30_000) {
  const before = snapshot(saved);
  const r = cli(args, timeoutMs);
  expect(r.timedOut, `${args.join(' ')} did not end within ${timeoutMs} ms`).toBe(false);
  const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(message);
  expect(lines[0]!.length).toBeLessThan(1_200);
  expect(r.code).toBe(2);
  expect(snapshot(saved)).toEqual(before);
  return r;
}

const check = (ruleFile: string, ...flags: string[]) => ['check', ruleFile, '--save-dir', saved, '--no-proof', '--runs', '30', '--seed', '1', '--outcomes', '2..3', ...flags];

describe('hostile rule files: every command that runs user code contains it', () => {
  it.each([
    ['loops in score', rule('for (;;) {}'), /hostile-loop\.ts: score: did not return within 500 ms/, ['--eval-limit', '500']],
    ['loops at the top level', `for (;;) {}\n${rule('return p[y];')}`, /top-level\.ts: did not finish loading within 2000 ms/, ['--load-limit', '2000']],
    ['awaits forever at the top level', `await new Promise(() => {});\n${rule('return p[y];')}`, /never-settles\.ts: .*(did not finish loading within 2000 ms|top-level await that never settles)/, ['--load-limit', '2000']],
    ['allocates without bound', rule('const a = []; for (;;) a.push(new Array(1e6).fill(1));'), /allocates\.ts.*memory limit of 256 MB/, ['--memory-limit', '256']],
    ['calls process.exit(0) in score', rule('process.exit(0);'), /exits\.ts.*(process\.exit|ended its worker)/, []],
    ['returns a promise', rule('return Promise.resolve(p[y]);'), /promise\.ts: score: returned a promise/, []],
    ['returns a plain object', rule('return { v: 1 };'), /object\.ts: score: returned a plain object/, []],
    ['returns p itself', rule('return p;'), /itself\.ts: score: returned an array \(p itself/, []],
    ['returns a plain number', rule('return 0.5;'), /number\.ts: score: returned a plain number 0\.5 .*F\.of/, []],
    ['uses Math.log on F values', rule('return F.of(Math.log(p[y]));'), /mathlog\.ts: score: threw .*compute with F only: .*F\.ln/, []],
    ['modifies its input', rule('p[0] = F.of(1); return p[y];'), /mutates\.ts: score: threw .*may not modify its input p/, []],
    ['is not deterministic', rule('return F.add(p[y], F.of(String(Math.floor(Math.random() * 1000)) + "/1000000000000"));'), /random\.ts: score: is not deterministic/, []],
    ['exports a Proxy that refuses to be read', "export default new Proxy({}, { get() { throw new Error('no'); } });", /proxy\.ts: .*reading it threw: no/, []],
    ['has a 300-character name', rule('return p[y];').replace("'hostile'", `'${'x'.repeat(300)}'`), /long-name\.ts: name: must be a string of 1 to 100/, []],
    ['does not parse', 'export default { name: "x",\n  score(F, p, y) { return F.of(1) + ; } };\n', /syntax\.ts: file: does not parse: .*syntax\.ts:2:\d+: /, []],
  ])('%s', (label, text, message, flags) => {
    const name = {
      'loops in score': 'hostile-loop.ts',
      'loops at the top level': 'top-level.ts',
      'awaits forever at the top level': 'never-settles.ts',
      'allocates without bound': 'allocates.ts',
      'calls process.exit(0) in score': 'exits.ts',
      'returns a promise': 'promise.ts',
      'returns a plain object': 'object.ts',
      'returns p itself': 'itself.ts',
      'returns a plain number': 'number.ts',
      'uses Math.log on F values': 'mathlog.ts',
      'modifies its input': 'mutates.ts',
      'is not deterministic': 'random.ts',
      'exports a Proxy that refuses to be read': 'proxy.ts',
      'has a 300-character name': 'long-name.ts',
      'does not parse': 'syntax.ts',
    }[label]!;
    expectOneLine(check(file(name, text), ...flags), message, 60_000);
  });

  it('prints what a rule prints on stderr, never into --json stdout, and its timers keep nothing alive', () => {
    const chatty = file('chatty.ts', `setInterval(() => {}, 1000);\n${rule('console.log("hello from the rule"); return p[y];')}`);
    const r = cli([...check(chatty, '--claims', 'proper'), '--json'], 60_000);
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stderr).toMatch(/hello from the rule/);
  });

  it.each([['analyze', ['analyze', '--rule', '__RULE__', '--map', 'examples/maps/pp02-affine.json']], ['prove', ['prove', '__RULE__', '--outcomes', '2..2']], ['reproduce', ['reproduce', '__SAVED__']]])(
    '%s contains a rule that loops at the top level',
    (_, args) => {
      const looping = file(`project-${_}/top-loop.ts`, `for (;;) {}\n${rule('return p[y];')}`);
      writeFileSync(join(dir, `project-${_}`, 'package.json'), '{}');
      const record = file(`project-${_}/counterexamples/hostile/proper/aaaaaaaaaaaa.json`, JSON.stringify({ format: 1, claim: 'hostile/proper', statement: '', input: { p: ['1', '0'], q: ['1/2', '1/2'] }, witness: {}, provenance: { seed: 1 }, ruleFile: '../../../top-loop.ts' }));
      expectOneLine([...args.map((a) => (a === '__RULE__' ? looping : a === '__SAVED__' ? record : a)), '--load-limit', '2000'], /top-loop\.ts: did not finish loading within 2000 ms/, 60_000);
    },
  );

  it.each([
    ['analyze, a score that loops', () => ['analyze', '--rule', file('analyze-loop.ts', rule('for (;;) {}')), '--map', 'examples/maps/pp02-affine.json'], /analyze-loop\.ts: score: did not return within 1000 ms/],
    ['prove, a score that loops', () => ['prove', file('prove-loop.ts', rule('for (;;) {}')), '--outcomes', '2..2'], /prove-loop\.ts: score: did not return within 1000 ms/],
    ['analyze, a map module whose f loops', () => ['analyze', '--rule', 'quadratic', '--map', file('map-loop.mjs', 'export default { outcomes: 2, f(F, p) { for (;;) {} } };')], /map-loop\.mjs: f: did not return within 1000 ms/],
    ['analyze, a map module that loops at the top level', () => ['analyze', '--rule', 'quadratic', '--map', file('map-top-loop.mjs', 'for (;;) {}\nexport default { outcomes: 2, f(F, p) { return p; } };'), '--load-limit', '1000'], /map-top-loop\.mjs: did not finish loading within 1000 ms/],
  ])('%s: the call watchdog ends it in one line (--call-limit)', (_, args, message) => {
    expectOneLine([...args(), '--call-limit', '1000'], message, 60_000);
  });
});

describe('saved counterexamples are data', () => {
  it('refuses a ruleFile that leaves the project, and runs nothing', () => {
    const evil = file('outside/evil.ts', `require('node:fs').writeFileSync(${JSON.stringify(join(dir, 'pwned'))}, 'x');\nexport default { name: 'hostile', score: (F, p, y) => p[y] };`);
    file('project/package.json', '{}');
    const record = file('project/counterexamples/hostile/proper/bbbbbbbbbbbb.json', JSON.stringify({ format: 1, claim: 'hostile/proper', statement: '', input: {}, witness: {}, provenance: { seed: 1 }, ruleFile: '../../../../outside/evil.ts' }));
    const r = cli(['reproduce', record, '--json'], 30_000);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/points outside the project/);
    expect(() => statSync(join(dir, 'pwned'))).toThrow();
    expect(evil).toBeTruthy();
  });

  it('refuses a ruleFile that is a link out of the project', () => {
    mkdirSync(join(dir, 'linked', 'counterexamples', 'hostile', 'proper'), { recursive: true });
    writeFileSync(join(dir, 'linked', 'package.json'), '{}');
    symlinkSync(join(dir, 'outside', 'evil.ts'), join(dir, 'linked', 'rule.ts'));
    const record = file('linked/counterexamples/hostile/proper/cccccccccccc.json', JSON.stringify({ format: 1, claim: 'hostile/proper', statement: '', input: {}, witness: {}, provenance: { seed: 1 }, ruleFile: '../../../rule.ts' }));
    const r = cli(['reproduce', record, '--json'], 30_000);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/is a link to a file outside the project/);
    expect(() => statSync(join(dir, 'pwned'))).toThrow();
  });
});

describe('data files cannot exhaust memory or time', () => {
  it('a number of 100,000 digits in a map file', () => {
    expectOneLine(['analyze', '--rule', 'quadratic', '--map', file('huge-number.json', JSON.stringify({ kind: 'affine-clipped', a: '1'.repeat(100_000), b: '0' }))], /huge-number\.json: map\.a: a number of 100000 characters; the limit is 2000/);
  });

  it('a rule parameter of 100,000 digits', () => {
    expectOneLine(['prove', 'power(1e100000)', '--outcomes', '2..2'], /power\.alpha: .*too large/);
  });

  it('a data file over the size limit', () => {
    expectOneLine(['analyze', '--rule', 'quadratic', '--map', file('big.json', `{"kind":"binary-piecewise-linear","points":[${'["0","0"],'.repeat(900_000)}["1","1"]]}`)], /big\.json: is \d+\.\d MB; data files are limited to 8 MB/);
  });
});

describe('the command line', () => {
  it('a mistyped flag: one line, a suggestion, no doubled prefix', () => {
    const r = expectOneLine(['check', 'examples/rules/binary-only.ts', '--claim', 'proper'], /^propercheck check: --claim: unknown option \(did you mean "--claims"\?\)/);
    expect(r.stderr).not.toMatch(/propercheck check: propercheck check/);
  });

  it('repeated --claims accumulate', () => {
    const r = cli(['check', 'examples/rules/binary-only.ts', '--claims', 'proper', '--claims', 'local', '--json', '--no-proof', '--runs', '20', '--seed', '1', '--save-dir', join(dir, 'acc')], 60_000);
    expect((JSON.parse(r.stdout) as { results: { claim: string }[] }).results.map((x) => x.claim)).toEqual(['proper', 'local']);
  });

  it('a save folder that is a file, or read-only: one line, no temporary file left', () => {
    const notAFolder = file('not-a-folder', 'x');
    expectOneLine(['check', 'examples/rules/binary-only.ts', '--save-dir', notAFolder, '--no-proof', '--runs', '30', '--seed', '1', '--claims', 'proper'], /not-a-folder.*cannot write: a file stands where a folder should be/);
    const readonly = join(dir, 'readonly');
    mkdirSync(readonly);
    chmodSync(readonly, 0o555);
    if (process.getuid?.() === 0) return; // root writes anyway: the read-only case cannot be made here
    expectOneLine(['check', 'examples/rules/binary-only.ts', '--save-dir', readonly, '--no-proof', '--runs', '30', '--seed', '1', '--claims', 'proper'], /readonly.*cannot write: permission denied/);
    expect(readdirSync(readonly)).toEqual([]);
  });

  it('a closed pipe ends quietly', () => {
    const r = spawnSync('sh', ['-c', `node ${JSON.stringify(CLI)} list | head -1`], { encoding: 'utf8', timeout: 30_000 });
    expect(r.stderr).toBe('');
    expect(readFileSync(CLI, 'utf8')).toBeTruthy();
  });
});
