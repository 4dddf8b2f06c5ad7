import type { Claim, Expectation } from '../core/Claim.ts';
import { CATALOG, type CatalogEntry } from './catalog.ts';
import { catalogIds } from './catalogIds.ts';

/** A registered claim as the catalogue shows it under an entry. */
export interface CatalogClaim {
  readonly id: string;
  readonly expect: Expectation;
}

/** One catalogue entry with the registered claims that cite it (in registry order). */
export interface CatalogRow {
  readonly entry: CatalogEntry;
  readonly claims: readonly CatalogClaim[];
}

/** Every entry of the catalogue with its claims: those whose source cites the entry (catalogIds.ts). */
export function catalogRows(claims: readonly Claim[]): CatalogRow[] {
  const cited = claims.map((c) => ({ claim: { id: c.id, expect: c.expect }, ids: new Set(catalogIds(c.source)) }));
  return CATALOG.map((entry) => ({ entry, claims: cited.filter((c) => c.ids.has(entry.id)).map((c) => c.claim) }));
}

/** "3 claims (2 holds, 1 refuted)". */
export function claimCount(claims: readonly CatalogClaim[]): string {
  const holds = claims.filter((c) => c.expect === 'holds').length;
  return `${claims.length} claim${claims.length === 1 ? '' : 's'} (${holds} holds, ${claims.length - holds} refuted)`;
}

/**
 * The claims in a short form: claims that share a property (the part after the subject) and come from
 * several subjects are written once, with a star for the subject (k claims: h holds, r refuted); the others by id.
 */
export function compactClaims(claims: readonly CatalogClaim[]): string[] {
  const byProperty = new Map<string, CatalogClaim[]>();
  for (const c of claims) {
    // the property follows the last slash: subjects may contain one (power(3/2))
    const property = c.id.slice(c.id.lastIndexOf('/') + 1);
    byProperty.set(property, [...(byProperty.get(property) ?? []), c]);
  }
  return [...byProperty.entries()].map(([property, group]) => {
    if (group.length === 1) return `\`${group[0]!.id}\` (${group[0]!.expect})`;
    const holds = group.filter((c) => c.expect === 'holds').length;
    return `\`*/${property}\` (${group.length}: ${holds} holds, ${group.length - holds} refuted)`;
  });
}
