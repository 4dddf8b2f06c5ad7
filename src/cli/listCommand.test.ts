import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOG } from '../registry/catalog.ts';
import { registry } from '../registry/registry.ts';
import { captureIo } from './_internals/captureIo.ts';
import { main } from './main.ts';

const dir = mkdtempSync(join(tmpdir(), 'propercheck-list-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('propercheck list', () => {
  it('--json gives every claim its catalogue ids (field catalog), several where a claim instantiates several', async () => {
    const io = captureIo();
    expect(await main(['list', '--json'], io)).toBe(0);
    const { claims } = JSON.parse(io.stdout()) as { claims: { id: string; catalog: string[] }[] };
    expect(claims.length).toBe(registry.length);
    const byId = new Map(claims.map((c) => [c.id, c.catalog]));
    expect(byId.get('quadratic/matrix-map-inaccuracy-within-norm-bound')).toEqual(['PP-09', 'PP-10']);
    expect(byId.get('quadratic/optimum-within-bound')).toEqual(['PP-05', 'PP-06']);
    expect(claims.every((c) => c.catalog.length > 0)).toBe(true);
  });

  it('--catalog --json lists every entry with its status, claims and, where it applies, why it is outside the tool', async () => {
    const io = captureIo();
    expect(await main(['list', '--catalog', '--json'], io)).toBe(0);
    const { entries } = JSON.parse(io.stdout()) as { entries: { id: string; status: string; claims: { id: string; expect: string }[]; outside?: string }[] };
    expect(entries.map((e) => e.id)).toEqual(CATALOG.map((e) => e.id));
    const pp12 = entries.find((e) => e.id === 'PP-12')!;
    expect(pp12.status).toBe('CONJECTURE');
    expect(pp12.claims.map((c) => c.expect)).toContain('refuted');
    expect(entries.find((e) => e.id === 'ZS-09')!).toMatchObject({ claims: [], outside: expect.stringMatching(/experiments/) });
  });

  it('--catalog --run adds each claim\'s verdict from a search (here two entries\' claims only)', async () => {
    const io = captureIo();
    const code = await main(['list', '--catalog', '--run', '--claim', 'oracle/*', '--seed', '1', '--save-dir', join(dir, 'ce'), '--workers', '1'], io);
    expect(code).toBe(0);
    expect(io.stdout()).toMatch(/OTH-02 +THEOREM: Counterfactual oracles\n.*\n +run: 3\/3 met/);
    expect(io.stdout()).toMatch(/OTH-03 +DERIVED: .*\n.*\n +run: 2\/2 met/);
    expect(io.stdout()).toMatch(/SR-01 +THEOREM: .*\n.*\n +run: 0\/(\d+) met; not run: \1/);
  });

  it('--markdown prints Appendix B; flags of the search without --run are bad input', async () => {
    const io = captureIo();
    expect(await main(['list', '--catalog', '--markdown'], io)).toBe(0);
    expect(io.stdout().split('\n')).toHaveLength(CATALOG.length + 2);
    const bad = captureIo();
    expect(await main(['list', '--catalog', '--seed', '3'], bad)).toBe(2);
    expect(bad.stderr()).toMatch(/--seed: is a flag of the search: it needs --catalog --run/);
  });
});
