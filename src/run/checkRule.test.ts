import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CheckDocument } from '../report/CheckDocument.ts';
import { checkRule } from './checkRule.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const fresh = () => {
  const d = mkdtempSync(join(tmpdir(), 'propercheck-checkrule-'));
  dirs.push(d);
  return d;
};
const verdicts = (doc: CheckDocument) => doc.results.map((r) => ({ ...r, ms: 0, counterexample: r.counterexample && { ...r.counterexample, file: r.counterexample.file.replace(/^.*?binary-only/, '') } }));

describe('checkRule', () => {
  it('gives the same document and saves the same files with 1 and with 2 worker threads', async () => {
    const [a, b] = [fresh(), fresh()];
    const options = { file: 'examples/rules/binary-only.ts', seed: 3, runs: 200, proof: false, version: 'test' } as const;
    const one = await checkRule({ ...options, workers: 1, saveDir: a });
    const two = await checkRule({ ...options, workers: 2, saveDir: b });
    expect(verdicts(two)).toEqual(verdicts(one));
    expect(readdirSync(b, { recursive: true }).sort()).toEqual(readdirSync(a, { recursive: true }).sort());
    expect(one.results.find((r) => r.claim === 'proper')!.verdict).toBe('refuted');
  });

  it('checks a rule object in this thread, with its own claims, saving under the save folder', async () => {
    const dir = fresh();
    const rule = { name: 'linear-object', outcomes: { min: 2, max: 3 }, claims: ['proper'], score: (_F: unknown, p: readonly unknown[], y: number) => p[y] };
    const doc = await checkRule({ file: 'linear-object (rule object)', rule, claims: ['proper'], seed: 1, runs: 100, proof: false, saveDir: dir, version: 'test' });
    expect(doc.results[0]).toMatchObject({ claim: 'proper', verdict: 'refuted', claimedByAuthor: true });
    expect(doc.results[0]!.counterexample!.file.startsWith(dir)).toBe(true);
  });
});
