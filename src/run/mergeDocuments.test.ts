import { describe, expect, it } from 'vitest';
import type { RunDocument, RunResult } from '../report/RunDocument.ts';
import { mergeDocuments } from './mergeDocuments.ts';
import { shardOf } from './shard.ts';

const result = (id: string): RunResult => ({ id, statement: '', expect: 'holds', verdict: 'unrefuted', met: true, cases: 1, runs: 1, budgetCut: false, ms: 1, undecided: [], stale: [], stats: { screened: 0, audited: 0, rational: 0, interval: 0, escalations: 0, equalWithinTolerance: 0, symbolic: 0 } });
const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

describe('shards and their merge', () => {
  it('cover every claim exactly once, and merge back into the unsharded order', () => {
    const shards = [1, 2, 3].map((index) => shardOf(ids, { index, count: 3 }));
    expect(shards.flat().sort()).toEqual(ids);
    const docs = shards.map((s, i): { file: string; kind: 'run'; doc: RunDocument } => ({ file: `s${i + 1}.json`, kind: 'run', doc: { seed: 7, results: s.map(result), errors: [], shard: { index: i + 1, count: 3 } } }));
    const merged = mergeDocuments([docs[2]!, docs[0]!, docs[1]!]);
    expect(merged.doc.results.map((r) => r.id)).toEqual(ids);
    expect(merged.doc.shard).toBeUndefined();
  });

  it('refuses a missing shard, a shard given twice, and shards of different seeds', () => {
    const doc = (index: number, seed = 7): { file: string; kind: 'run'; doc: RunDocument } => ({ file: `s${index}.json`, kind: 'run', doc: { seed, results: [], errors: [], shard: { index, count: 2 } } });
    expect(() => mergeDocuments([doc(1)])).toThrow(/shard\(s\) 2\/2 missing/);
    expect(() => mergeDocuments([doc(1), doc(1)])).toThrow(/s1\.json: shard: 1\/2 is given twice/);
    expect(() => mergeDocuments([doc(1), doc(2, 8)])).toThrow(/s2\.json: seed: 8 differs from 7/);
  });
});
