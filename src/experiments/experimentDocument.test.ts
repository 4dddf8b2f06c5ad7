import { describe, expect, it } from 'vitest';
import { builtinExperiment } from './builtinExperiments.ts';
import { experimentCsv } from './experimentCsv.ts';
import { experimentDocument } from './experimentDocument.ts';
import type { InstanceResult, QuantityValue } from './QuantityValue.ts';

const spec = { ...builtinExperiment('many-outcome-brier')!, quantities: ['distanceToFixedPoint', 'optimumLocation'] as const };
const ok = (instance: number, d: QuantityValue, location: string): InstanceResult => ({
  instance,
  ok: true,
  input: {},
  details: {},
  values: { distanceToFixedPoint: d, optimumLocation: { kind: 'category', value: location } },
  ms: 1,
});

describe('experimentDocument: nothing is left out', () => {
  const results: InstanceResult[] = [
    ok(1, { kind: 'number', lo: '1/10', hi: '1/10', exact: '1/10' }, 'interior'),
    ok(2, { kind: 'number', lo: '1/5', hi: '3/10' }, 'vertex'), // wider than the resolution: undecided, still bounded
    ok(3, { kind: 'undecided', reason: 'no optimal report: test' }, 'interior'),
    { instance: 4, ok: false, input: {}, error: 'boom', ms: 1 },
  ];
  const doc = experimentDocument(spec, 1, results);

  it('counts every instance: completed, undecided (with reasons), failed (with messages)', () => {
    expect(doc).toMatchObject({ samples: 4, completed: 4, undecided: 2, failed: 1 });
    expect(doc.undecidedInstances.map((u) => [u.instance, u.quantity])).toEqual([[2, 'distanceToFixedPoint'], [3, 'distanceToFixedPoint']]);
    expect(doc.failedInstances).toEqual([{ instance: 4, error: 'boom' }]);
    expect(doc.counts).toMatchObject({ interiorOptima: 2, vertexOptima: 1, faceOptima: 0 });
  });

  it('statistics rest on the values there are, with certified bounds covering the wide one', () => {
    const s = doc.quantities['distanceToFixedPoint']!;
    expect(s.count).toBe(2);
    expect(s.mean).toBe(0.175); // (1/10 + 1/4) / 2 from the midpoint of [1/5, 3/10]
    expect(s.certified.mean).toEqual(['0.15', '0.2']);
    expect(s.maxEnclosureWidth).toBeCloseTo(0.1, 12);
    expect(doc.subgroups['optimumLocation=interior']!.instances).toBe(2);
  });

  it('the CSV has a row for every instance, failed ones included', () => {
    const lines = experimentCsv(spec.quantities, results).trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[2]).toMatch(/^2,ok,0\.25,,1\/5,3\/10,vertex,/);
    expect(lines[3]).toMatch(/^3,ok,,,,,interior,distanceToFixedPoint undecided: no optimal report: test,/);
    expect(lines[4]).toMatch(/^4,failed,,,,,,boom,/);
  });
});
