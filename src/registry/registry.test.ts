import { describe, expect, it } from 'vitest';
import { loadCounterexamples } from '../store/counterexampleStore.ts';
import { registry, registryProblems, selectClaims } from './registry.ts';

describe('claim registry', () => {
  it('checks itself: unique ids, statements, sources, every rule with every law', () => {
    expect(registryProblems(registry)).toEqual([]);
  });

  it('every saved counterexample names a registered claim (or a rule file)', async () => {
    const { entries, errors } = await loadCounterexamples(['counterexamples']);
    expect(errors).toEqual([]);
    const ids = entries.filter((e) => !e.record.ruleFile).map((e) => e.record.claim);
    expect(registryProblems(registry, ids)).toEqual([]);
  });

  it('every known-false claim has its certified counterexample saved in the repository', async () => {
    const { entries } = await loadCounterexamples(['counterexamples']);
    const saved = new Set(entries.map((e) => e.record.claim));
    expect(registry.filter((c) => c.expect === 'refuted' && !saved.has(c.id)).map((c) => c.id)).toEqual([]);
  });

  it('detects its own defects (the self-check can fail)', () => {
    const [first] = registry;
    expect(registryProblems([first!, first!]).join('\n')).toMatch(/duplicate claim id/);
    expect(registryProblems(registry, ['nobody/nothing'])).toEqual(['a saved counterexample names unregistered claim nobody/nothing']);
  });

  it('registers the expectations of the foundation issue', () => {
    const expectOf = (id: string) => registry.find((c) => c.id === id)?.expect;
    expect(expectOf('linear/proper')).toBe('refuted');
    expect(expectOf('zero-one/proper')).toBe('holds');
    expect(expectOf('zero-one/strictly-proper')).toBe('refuted');
    expect(expectOf('quadratic/local')).toBe('refuted');
    expect(expectOf('logarithmic/local')).toBe('holds');
    expect(expectOf('binary-exponential(1)/symmetric')).toBe('refuted');
    for (const id of ['logarithmic', 'quadratic', 'spherical', 'power(3)', 'power(3/2)', 'ranked-probability']) {
      expect(expectOf(`${id}/strictly-proper`)).toBe('holds');
    }
  });

  it('selects claims by id or glob', () => {
    expect(selectClaims(registry, 'linear/proper').map((c) => c.id)).toEqual(['linear/proper']);
    const quadratic = selectClaims(registry, 'quadratic/*').map((c) => c.id);
    expect(quadratic).toEqual(expect.arrayContaining(['quadratic/proper', 'quadratic/strictly-proper', 'quadratic/symmetric', 'quadratic/local']));
    expect(quadratic.every((id) => id.startsWith('quadratic/'))).toBe(true);
    expect(selectClaims(registry, '*/local').length).toBeGreaterThan(5);
  });
});
