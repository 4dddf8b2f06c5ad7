import { gameClaims } from '../games/claims/gameClaims.ts';
import { performativeClaims } from '../performative/claims/performativeClaims.ts';
import { builtinRules } from '../scoring/rules/builtinRules.ts';
import { trainingClaims } from '../training/claims/trainingClaims.ts';
import type { Claim } from '../core/Claim.ts';
import { LAW_NAMES } from '../core/LawName.ts';
import { ruleLawClaims } from '../laws/ruleLawClaims.ts';

/** Every registered claim, in a stable order: the shared laws for each built-in rule, then the rest. */
export const registry: readonly Claim[] = [
  ...builtinRules.flatMap((entry) => ruleLawClaims(entry)),
  ...performativeClaims,
  ...gameClaims,
  ...trainingClaims,
];

/**
 * The registry's own consistency problems (empty when sound): unique ids of the form
 * `<subject>/<property>`, a statement and a source on every claim, every built-in rule registered
 * with every law, and every saved counterexample naming a registered claim.
 */
export function registryProblems(claims: readonly Claim[], savedClaimIds: readonly string[] = []): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const claim of claims) {
    if (ids.has(claim.id)) problems.push(`duplicate claim id ${claim.id}`);
    ids.add(claim.id);
    if (!/^[^/\s]+(\/[^/\s]+)+$/.test(claim.id)) problems.push(`claim id ${claim.id} is not <subject>/<property>`);
    if (!claim.statement || !claim.source) problems.push(`claim ${claim.id} lacks a statement or a source`);
  }
  for (const { rule } of builtinRules) {
    for (const law of LAW_NAMES) if (!ids.has(`${rule.id}/${law}`)) problems.push(`rule ${rule.id} lacks claim ${law}`);
  }
  for (const id of savedClaimIds) if (!ids.has(id)) problems.push(`a saved counterexample names unregistered claim ${id}`);
  return problems;
}

/** Claims whose id matches a selector: an exact id, or a glob with * (any characters). */
export function selectClaims(claims: readonly Claim[], selector: string): Claim[] {
  const pattern = new RegExp(`^${selector.split('*').map(escapeRegExp).join('.*')}$`);
  return claims.filter((c) => pattern.test(c.id));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}
