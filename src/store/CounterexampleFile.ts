import type { Json } from '../core/Json.ts';
import type { Robustness } from '../core/Robustness.ts';
import { SpecError } from '../core/SpecError.ts';

/** The stored form of a counterexample (docs/design.md §4): values, not seeds; seeds are provenance. */
export interface CounterexampleFile {
  readonly format: 1;
  readonly claim: string;
  readonly statement: string;
  readonly input: Json;
  readonly witness: Json;
  readonly provenance: {
    readonly seed: number;
    readonly path?: string;
    readonly runs: number;
    readonly propercheckVersion: string;
    readonly date: string;
  };
  /** Strict, tie-dependent or degenerate, with the reason (core/Robustness.ts); absent in files saved before it existed. */
  readonly robustness?: Robustness;
  /** For claims about a user's rule (propercheck check): the rule file, relative to the saved file. */
  readonly ruleFile?: string;
}

/** Validates parsed JSON as a counterexample file; SpecError names the file and field. */
export function parseCounterexampleFile(json: unknown, file: string): CounterexampleFile {
  const fail = (field: string, reason: string): never => {
    throw new SpecError(`${file}: ${field}`, reason);
  };
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return fail('(top level)', 'expected a JSON object');
  const r = json as Record<string, unknown>;
  if (r.format !== 1) fail('format', `expected 1, found ${JSON.stringify(r.format)}`);
  if (typeof r.claim !== 'string' || !r.claim.includes('/')) fail('claim', 'expected a claim id like "linear/proper"');
  if (typeof r.statement !== 'string') fail('statement', 'expected a string');
  if (!('input' in r)) fail('input', 'is missing');
  if (!('witness' in r)) fail('witness', 'is missing');
  const prov = r.provenance as Record<string, unknown> | undefined;
  if (typeof prov !== 'object' || prov === null) fail('provenance', 'expected an object');
  if (typeof prov!.seed !== 'number') fail('provenance.seed', 'expected a number');
  if (r.ruleFile !== undefined && typeof r.ruleFile !== 'string') fail('ruleFile', 'expected a path string');
  const robustness = r.robustness as { kind?: unknown } | undefined;
  if (robustness !== undefined && !['strict', 'tie-dependent', 'degenerate'].includes(String(robustness?.kind))) {
    fail('robustness.kind', `expected strict, tie-dependent or degenerate, found ${JSON.stringify(robustness?.kind)}`);
  }
  return json as CounterexampleFile;
}
