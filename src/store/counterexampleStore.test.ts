import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CounterexampleFile } from './CounterexampleFile.ts';
import { counterexamplePath, loadCounterexamples, saveCounterexample } from './counterexampleStore.ts';

const root = mkdtempSync(join(tmpdir(), 'propercheck-store-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const record = (input: unknown): CounterexampleFile => ({
  format: 1,
  claim: 'linear/proper',
  statement: 'linear is proper',
  input: input as never,
  witness: { lhs: '13/25', rhs: '3/5' },
  provenance: { seed: 7, path: '0:1', runs: 3, propercheckVersion: '0.0.0', date: '2026-01-01T00:00:00.000Z' },
});

describe('counterexample store (docs/design.md §4)', () => {
  it('names files <claim id>/<hash of claim and input>.json and writes them atomically', async () => {
    const path = await saveCounterexample(root, record({ p: ['1', '0'], q: ['3/5', '2/5'] }));
    expect(path).toBe(counterexamplePath(root, record({ q: ['3/5', '2/5'], p: ['1', '0'] })));
    expect(path).toMatch(/linear[/\\]proper[/\\][0-9a-f]{12}\.json$/);
    expect(JSON.parse(readFileSync(path, 'utf8')).witness).toEqual({ lhs: '13/25', rhs: '3/5' });
    expect(readdirSync(join(root, 'linear', 'proper')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps an existing file for the same input untouched', async () => {
    const first = await saveCounterexample(root, record({ p: ['1', '0'], q: ['1/2', '1/2'] }));
    const before = readFileSync(first, 'utf8');
    const again = await saveCounterexample(root, { ...record({ p: ['1', '0'], q: ['1/2', '1/2'] }), statement: 'changed' });
    expect(again).toBe(first);
    expect(readFileSync(first, 'utf8')).toBe(before);
  });

  it('reports a malformed file by name and still loads the others', async () => {
    const dir = join(root, 'mixed');
    mkdirSync(dir);
    await saveCounterexample(dir, record({ p: ['1', '0'], q: ['3/5', '2/5'] }));
    writeFileSync(join(dir, 'broken.json'), '{ not json');
    writeFileSync(join(dir, 'wrong.json'), JSON.stringify({ ...record({}), format: 2 }));
    const { entries, errors } = await loadCounterexamples([dir]);
    expect(entries).toHaveLength(1);
    expect(errors).toHaveLength(2);
    const lines = errors.map((e) => e.line).join('\n');
    expect(lines).toMatch(/broken\.json: not valid JSON/);
    expect(lines).toMatch(/wrong\.json: format: expected 1, found 2/);
    expect(errors.map((e) => e.file).sort()).toEqual([join(dir, 'broken.json'), join(dir, 'wrong.json')]);
  });

  it('reports a missing target', async () => {
    const { errors } = await loadCounterexamples([join(root, 'nowhere')]);
    expect(errors[0]?.line).toMatch(/nowhere: no such file or folder/);
  });
});
