import { pathToFileURL } from 'node:url';
import { LAW_NAMES } from '../../src/core/LawName.ts';
import { proveRule } from '../../src/proof/proveRule.ts';
import { builtinRules } from '../../src/scoring/rules/builtinRules.ts';

/** The budget of one law at one n, and the target every (rule, law, n) should be decided within. */
const BUDGET_MS = 10_000;
/** n of the table (every built-in rule, every law) and of the cost curve (all rules, all laws at n). */
const TABLE_N: [number, number] = [2, 6];
const CURVE_SIZES = [4, 8, 16];

interface Row {
  readonly rule: string;
  readonly law: string;
  readonly n: number;
  readonly verdict: string;
  readonly method?: string;
  readonly ms: number;
}

/** Runs `fn` while sampling the resident set (z3's WebAssembly heap included) every 20 ms: its peak in MiB. */
async function withPeakMemory<R>(fn: () => Promise<R>): Promise<{ result: R; peakMiB: number }> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    const result = await fn();
    return { result, peakMiB: Math.round(Math.max(peak, process.memoryUsage().rss) / 2 ** 20) };
  } finally {
    clearInterval(sampler);
  }
}

/** Every built-in rule's laws at n in `outcomes` (one z3 session per rule, as `prove` runs them). */
async function proveAll(outcomes: [number, number]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const { rule } of builtinRules) {
    if (rule.outcomes.min > outcomes[1] || rule.outcomes.max < outcomes[0]) continue;
    const { results } = await proveRule(rule, { laws: LAW_NAMES, outcomes, timeoutMs: BUDGET_MS });
    for (const r of results) rows.push({ rule: rule.id, law: r.claim, n: r.outcomes, verdict: r.verdict, ...(r.method ? { method: r.method } : {}), ms: r.ms });
  }
  return rows;
}

/**
 * Proof-tier timings: the table of every built-in rule, law and n = 2..6 (verdict, method, wall ms
 * with a 10 s budget per law and n), whether every one was decided (proved or refuted) within 10 s,
 * and the cost curve {area: 'proofs', size: n, ms, peakMiB}: all laws of all rules at one n.
 */
export async function benchProof(): Promise<object> {
  const table = await proveAll(TABLE_N);
  const undecided = table.filter((r) => r.verdict !== 'proved' && r.verdict !== 'refuted');
  const slowest = table.reduce((m, r) => (r.ms > m.ms ? r : m), table[0]!);
  const curve: object[] = [];
  for (const size of CURVE_SIZES) {
    const started = performance.now();
    const { result, peakMiB } = await withPeakMemory(() => proveAll([size, size]));
    const decided = result.filter((r) => r.verdict === 'proved' || r.verdict === 'refuted').length;
    curve.push({ area: 'proofs', size, ms: Math.round(performance.now() - started), peakMiB, decided, of: result.length });
  }
  return {
    proof: {
      budgetMsPerLawAndN: BUDGET_MS,
      allDecidedWithinBudget: undecided.length === 0 && slowest.ms <= BUDGET_MS,
      undecided: undecided.map((r) => `${r.rule}/${r.law} n=${r.n}: ${r.verdict}`),
      slowest,
      table,
    },
    proofCurve: curve,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchProof(), null, 2));
}
