import { pathToFileURL } from 'node:url';
import { proveRule } from '../../src/proof/proveRule.ts';
import { ruleById } from '../../src/scoring/rules/builtinRules.ts';

/** Proof-tier timings (ms, wall) per rule, law and n; one z3 session per rule, 10 s per query. */
export async function benchProof(): Promise<object> {
  const plan: [string, [number, number]][] = [
    ['quadratic', [2, 4]],
    ['power(3)', [2, 4]],
    ['spherical', [2, 3]],
    ['linear', [2, 4]],
    ['zero-one', [2, 3]],
    ['logarithmic', [2, 2]],
  ];
  const rows: object[] = [];
  for (const [id, outcomes] of plan) {
    const { results } = await proveRule(ruleById(id).rule, { laws: ['proper', 'strictly-proper'], outcomes, timeoutMs: 10_000 });
    for (const r of results) rows.push({ rule: id, claim: r.claim, n: r.outcomes, verdict: r.verdict, method: r.method, ms: r.ms });
  }
  return { proof: rows };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchProof(), null, 2));
}
