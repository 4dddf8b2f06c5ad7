import type { Json } from '../core/Json.ts';
import { isJsonObject } from '../core/Json.ts';
import type { CheckResult } from '../report/CheckDocument.ts';
import { approximate } from '../report/readable.ts';

/**
 * A refuted claim as a test failure reads it: the certified counterexample's exact input and witness
 * with decimals beside every number, where it is saved, and that it is replayed first next time.
 */
export function formatCounterexample(r: CheckResult): string {
  const c = r.counterexample;
  if (!c) return `${r.id} is refuted (the proof tier found a counterexample; see the saved files)`;
  return [
    `${r.id} is refuted by a certified ${c.robustness.kind} counterexample${c.robustness.kind === 'strict' ? '' : ` (${c.robustness.reason})`}:`,
    `  input:   ${withDecimals(c.input)}`,
    `  witness: ${withDecimals(c.witness)}`,
    `  saved in ${c.file}: replayed first on every run until the claim holds for it (then remove it, or run propercheck prune).`,
  ].join('\n');
}

/** JSON with "n/d (~0.1234)" for every exact number, so a person reads both. */
function withDecimals(json: Json): string {
  const walk = (x: Json): Json => {
    if (typeof x === 'string') {
      const d = approximate(x);
      return d !== undefined && d !== x ? `${x} (${d})` : x;
    }
    if (Array.isArray(x)) return x.map(walk);
    if (isJsonObject(x)) return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, walk(v)]));
    return x;
  };
  return JSON.stringify(walk(json));
}
