import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { captureIo } from './_internals/captureIo.ts';
import { main } from './main.ts';

const saveDir = mkdtempSync(join(tmpdir(), 'propercheck-prove-'));
afterAll(() => rmSync(saveDir, { recursive: true, force: true }));

async function prove(...args: string[]) {
  const io = captureIo();
  const code = await main(['prove', ...args, '--json', '--save-dir', saveDir], io);
  return { code, json: code === 2 ? undefined : JSON.parse(io.stdout()), stderr: io.stderr() };
}

const verdicts = (json: { results: { claim: string; outcomes: number; verdict: string }[] }, claim: string) =>
  json.results.filter((r) => r.claim === claim).map((r) => `${r.outcomes}:${r.verdict}`);

describe('propercheck prove', () => {
  it('proves quadratic strictly proper for n = 2..4, and finds quadratic not local from n = 3', async () => {
    const { code, json } = await prove('quadratic', '--outcomes', '2..4', '--claims', 'strictly-proper,local');
    expect(code).toBe(0);
    expect(verdicts(json, 'strictly-proper')).toEqual(['2:proved', '3:proved', '4:proved']);
    expect(verdicts(json, 'local')).toEqual(['2:proved', '3:refuted', '4:refuted']); // every binary rule is local
  });

  it('refutes linear properness with a certified counterexample that reproduce re-certifies', async () => {
    const { code, json } = await prove('linear', '--outcomes', '2..2', '--claims', 'proper');
    expect(code).toBe(0); // refuted is what is expected of the linear rule
    const file = json.results[0].counterexample as string;
    expect(file).toMatch(/linear[/\\]proper[/\\][0-9a-f]{12}\.json$/);
    const io = captureIo();
    expect(await main(['reproduce', file, '--json'], io)).toBe(0);
    expect(JSON.parse(io.stdout()).results[0].status).toBe('reproduced');
  });

  it('proves the logarithmic rule strictly proper with the tangent facts of ln (Gibbs), and says which', async () => {
    const { code, json } = await prove('logarithmic', '--outcomes', '2..3', '--claims', 'strictly-proper');
    expect(code).toBe(0);
    expect(json.results.map((r: { verdict: string }) => r.verdict)).toEqual(['proved', 'proved']);
    expect(json.results[0].note).toMatch(/tangent facts of ln/);
  });

  it('bounds each law at each n by --timeout-ms and says so (unknown, timeout after T ms)', async () => {
    const { code, json } = await prove('zero-one', '--outcomes', '6..6', '--claims', 'proper', '--timeout-ms', '1');
    expect(code).toBe(0);
    expect(json.results[0]).toMatchObject({ verdict: 'unknown', note: 'timeout after 1 ms' });
    expect(json.results[0].ms).toBeLessThan(1000);
  });

  it('proves a user rule file and rejects bad input with one line', async () => {
    const { json } = await prove('examples/rules/binary-only.ts', '--outcomes', '2..2', '--claims', 'strictly-proper');
    expect(json.results[0].verdict).toBe('proved');
    const bad = await prove('no-such-rule');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/rule: unknown rule id "no-such-rule"/);
    const range = await prove('binary-exponential(1)', '--outcomes', '2..3');
    expect(range.code).toBe(2);
    expect(range.stderr).toMatch(/--outcomes: 2\.\.3 is outside the rule's outcomes 2\.\.2/);
  });
});
