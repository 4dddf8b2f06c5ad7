import { execFileSync, type ExecFileSyncOptions } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * propercheck as a user gets it: packed (npm pack, so a file missing from the package fails here),
 * installed from the tarball into a temporary copy of examples/downstream (a CommonJS project), whose own
 * type-check and vitest suite must pass; and the same rule file checked from four places gives the same
 * verdicts: this clone, a CommonJS project, an ESM project, a folder without package.json.
 */
const root = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'propercheck-downstream-'));
const cjs = join(work, 'cjs-project');
const quiet: ExecFileSyncOptions = { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1' } };

function run(command: string, args: readonly string[], cwd: string): string {
  try {
    return execFileSync(command, args, { ...quiet, cwd }) as unknown as string;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; status?: number };
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${e.status}:\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
}

beforeAll(() => {
  run('npm', ['pack', '--pack-destination', work, '--silent'], root);
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
  cpSync(join(root, 'examples', 'downstream'), cjs, { recursive: true, filter: (src) => !/node_modules|counterexamples/.test(src) });
  const manifest = JSON.parse(readFileSync(join(cjs, 'package.json'), 'utf8'));
  manifest.devDependencies.propercheck = `file:${join(work, tarball)}`;
  writeFileSync(join(cjs, 'package.json'), JSON.stringify(manifest, null, 2));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel', 'error'], cjs);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('propercheck installed from its packed tarball into a downstream project', () => {
  it('ships no tests and no counterexamples of its own, and a types entry for both module systems', () => {
    const files = run('tar', ['-tzf', join(work, readdirSync(work).find((f) => f.endsWith('.tgz'))!)], work).split('\n');
    expect(files.some((f) => /\.test\.ts$/.test(f))).toBe(false);
    expect(files.some((f) => f.startsWith('package/counterexamples/'))).toBe(false);
    expect(files).toEqual(expect.arrayContaining(['package/dist/cli.js', 'package/dist/worker.js', 'package/dist/index.cjs', 'package/dist/types/api/index.d.ts', 'package/dist/types-cjs/api/index.d.cts']));
  });

  it('type-checks the downstream rules and tests with tsc --strict against the shipped declarations', () => {
    run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', cjs], cjs);
  });

  it("passes the downstream project's own vitest suite (ruleTests, claimTest, checkRule on a CommonJS rule file)", () => {
    const out = run(join(cjs, 'node_modules', '.bin', 'vitest'), ['run'], cjs);
    expect(out).toMatch(/5 passed/);
  }, 180_000);

  it('gives the same verdicts for the same rule file in the clone, a CommonJS project, an ESM project and a folder without package.json', () => {
    const esm = join(work, 'esm-project');
    const bare = join(work, 'no-package-json');
    mkdirSync(join(esm, 'rules'), { recursive: true });
    mkdirSync(bare, { recursive: true });
    writeFileSync(join(esm, 'package.json'), JSON.stringify({ name: 'esm-project', type: 'module', private: true }));
    symlinkSync(join(cjs, 'node_modules'), join(esm, 'node_modules'));
    const rule = join(root, 'examples', 'downstream', 'rules', 'brier.mts');
    const places = { clone: rule, cjs: join(cjs, 'rules', 'brier.ts'), esm: join(esm, 'rules', 'brier.ts'), bare: join(bare, 'brier.ts') };
    for (const file of [places.cjs, places.esm, places.bare]) copyFileSync(rule, file);
    const flags = ['--json', '--seed', '1', '--runs', '60', '--no-proof', '--outcomes', '2..3', '--save-dir', join(work, 'saved')];
    const installed = join(cjs, 'node_modules', '.bin', 'propercheck');
    const verdicts = (cli: string[], file: string, cwd: string) => {
      const doc = JSON.parse(run(cli[0]!, [...cli.slice(1), 'check', file, ...flags], cwd)) as { results: { claim: string; verdict: string }[] };
      return doc.results.map((r) => `${r.claim}: ${r.verdict}`);
    };
    const fromClone = verdicts([process.execPath, join(root, 'scripts', 'propercheck.mjs')], places.clone, root);
    expect(fromClone).toContain('honest-beats-uniform: unrefuted');
    expect(verdicts([installed], places.cjs, cjs)).toEqual(fromClone);
    expect(verdicts([installed], places.esm, esm)).toEqual(fromClone);
    expect(verdicts([installed], places.bare, bare)).toEqual(fromClone);
  }, 180_000);

  it('analyzes a map given as code in the downstream project (defineMap from the installed package)', () => {
    const installed = join(cjs, 'node_modules', '.bin', 'propercheck');
    const doc = JSON.parse(run(installed, ['analyze', '--rule', 'rules/brier.mts', '--map', 'maps/capped-drift.mts', '--json'], cjs)) as { map: { kind: string }; fixedPoints: unknown[] };
    expect(doc.map.kind).toBe('code');
    // f(x) = min(3/4, 1/4 + x) meets the diagonal only at 3/4.
    expect(doc.fixedPoints).toEqual([{ point: ['3/4', '1/4'], exact: true }]);
  }, 60_000);
});
