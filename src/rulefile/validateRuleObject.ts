import { isRuleClaimName, RULE_CLAIM_NAMES, type RuleClaimName } from './ruleClaimNames.ts';
import type { RuleDomain } from '../simplex/RuleDomain.ts';
import { guardedScore } from './guardedScore.ts';
import { readFields } from './_internals/readFields.ts';
import { RuleFileError } from './RuleFileError.ts';
import type { UserRule } from './UserRule.ts';
import { type ClaimDefinition, isClaimDefinition } from '../userclaims/ClaimDefinition.ts';

/** The largest number of outcomes a rule file may declare (generators and proofs are sized for it). */
export const MAX_OUTCOMES = 64;

/**
 * Checks a rule file's default export against the contract of docs/design.md §1 (a plain object; no import
 * from propercheck needed) and wraps its score so that bad values are reported, not computed with.
 */
export function validateRuleObject(exported: unknown, file: string): UserRule {
  try {
    return validate(exported, file);
  } catch (error) {
    // A getter that throws, a Proxy that refuses: the file's fault, in one line.
    if (error instanceof RuleFileError) throw error;
    throw new RuleFileError(file, 'default export', `reading it threw: ${(error as Error)?.message ?? String(error)}`);
  }
}

function validate(exported: unknown, file: string): UserRule {
  const fail = (field: string, reason: string): never => {
    throw new RuleFileError(file, field, reason);
  };
  if (exported === undefined) fail('default export', 'is missing: the file must `export default { name, score, ... }`');
  if (typeof exported !== 'object' || exported === null) fail('default export', 'must be an object');
  const r = readFields(exported as object, ['name', 'score', 'outcomes', 'domain', 'claims'], fail);
  if (typeof r.name !== 'string' || !/^[A-Za-z0-9][\w.()-]*$/.test(r.name) || r.name.length > MAX_NAME_LENGTH) {
    fail('name', `must be a string of 1 to ${MAX_NAME_LENGTH} letters, digits, . _ - ( ) (it names the counterexample folder)`);
  }
  if (typeof r.score !== 'function') fail('score', 'must be a function score(F, p, y)');
  const outcomes = readOutcomes(r.outcomes, fail);
  const domain = r.domain ?? 'closed';
  if (domain !== 'closed' && domain !== 'interior') fail('domain', `must be 'closed' or 'interior', not ${JSON.stringify(domain)}`);
  const { claims, definitions } = readClaims(r.claims, fail);
  const name = r.name as string;
  return {
    name,
    file,
    claims,
    definitions,
    declaredOutcomes: r.outcomes !== undefined,
    rule: { id: name, outcomes, domain: domain as RuleDomain, score: guardedScore(file, r.score as never) },
  };
}

type Fail = (field: string, reason: string) => never;

/** Longest rule name: it becomes a folder name, and file systems limit those. */
export const MAX_NAME_LENGTH = 100;

function readOutcomes(value: unknown, fail: Fail): { min: number; max: number } {
  if (value === undefined) return { min: 2, max: MAX_OUTCOMES };
  const o = value as { min?: unknown; max?: unknown };
  const ok = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 2 && (x as number) <= MAX_OUTCOMES;
  if (typeof value !== 'object' || value === null || !ok(o.min) || !ok(o.max) || o.min > o.max) {
    fail('outcomes', `must be { min, max } with integers 2 <= min <= max <= ${MAX_OUTCOMES}`);
  }
  return { min: o.min as number, max: o.max as number };
}

/**
 * The author's claims: names from RULE_CLAIM_NAMES, and claim definitions (api defineClaim) with a
 * name of their own that no other claim of the rule uses.
 */
function readClaims(value: unknown, fail: Fail): Pick<UserRule, 'claims' | 'definitions'> {
  if (value === undefined) return { claims: [], definitions: [] };
  if (!Array.isArray(value)) return fail('claims', `must be an array of claim names (${RULE_CLAIM_NAMES.join(', ')}) or claim definitions (defineClaim)`);
  const claims: RuleClaimName[] = [];
  const definitions: { index: number; definition: ClaimDefinition }[] = [];
  value.forEach((c, i) => {
    if (isClaimDefinition(c)) {
      const name = (c as { name?: unknown }).name;
      if (typeof name !== 'string' || !/^[A-Za-z0-9][\w-]*$/.test(name)) fail(`claims[${i}].name`, 'must be a non-empty string of letters, digits, - and _');
      if (isRuleClaimName(name as string) || definitions.some((d) => d.definition.name === name)) fail(`claims[${i}].name`, `${JSON.stringify(name)} is already a claim of this rule`);
      if (typeof (c as { statement?: unknown }).statement !== 'string') fail(`claims[${i}].statement`, 'must be a string saying what the claim asserts');
      definitions.push({ index: i, definition: c });
    } else if (typeof c === 'string' && isRuleClaimName(c)) claims.push(c);
    else fail(`claims[${i}]`, `unknown claim ${JSON.stringify(c)}; known: ${RULE_CLAIM_NAMES.join(', ')}, or a claim definition (defineClaim)`);
  });
  return { claims, definitions };
}
