import type { Claim } from '../core/Claim.ts';
import type { OutcomeRange } from '../core/OutcomeRange.ts';
import { isLawName, LAW_NAMES, type LawName } from '../core/LawName.ts';
import { laws } from '../laws/laws.ts';
import { lawClaim } from '../laws/lawClaim.ts';
import { gameBattery } from '../games/claims/gameClaims.ts';
import { performativeBattery } from '../performative/claims/performativeBattery.ts';
import type { RuleClaimName } from './ruleClaimNames.ts';
import type { UserRule } from './UserRule.ts';
import type { Json } from '../core/Json.ts';
import { definedClaim } from '../userclaims/definedClaim.ts';

/** One claim about a user's rule: its name in the rule file's vocabulary, and the law it is, if one. */
export interface UserRuleClaim {
  /** A name from RULE_CLAIM_NAMES, or the name of a claim the author defined in the file. */
  readonly name: RuleClaimName | (string & {});
  readonly claim: Claim;
  readonly law?: LawName;
  /** Whether the author claims it (named in `claims`, or defined there). */
  readonly claimedByAuthor: boolean;
  /** Pinned examples of a defined claim, replayed first like saved counterexamples. */
  readonly examples?: readonly Json[];
}

/**
 * Every claim `check` makes about a user's rule, ids `<rule name>/<claim name>`: the shared laws over
 * the outcome range (the author's claims first), then the performative and game batteries where they
 * mean something for the rule (notes say what was left out and why). `reproduce` finds saved files'
 * claims here too, so a file saved by `check` always replays.
 */
export function userRuleClaims(user: UserRule, outcomes: OutcomeRange): { claims: UserRuleClaim[]; notes: string[] } {
  const lawClaim_ = (law: LawName): UserRuleClaim => ({
    name: law,
    law,
    claim: lawClaim(user.rule, laws[law], 'holds', outcomes, { subject: user.name }) as Claim,
    claimedByAuthor: user.claims.includes(law),
  });
  const defined = user.definitions.map(({ index, definition }): UserRuleClaim => ({
    name: definition.name,
    claim: definedClaim(user.rule, definition, outcomes, { subject: user.name, where: `${user.file}: claims[${index}] ${definition.name}` }) as Claim,
    claimedByAuthor: true,
    ...(definition.examples ? { examples: definition.examples } : {}),
  }));
  const performative = performativeBattery(user.rule, user.claims.includes('strictly-proper'));
  const batteries = [...performative.claims, ...gameBattery(user.rule)].map((claim): UserRuleClaim => {
    const name = claim.id.slice(user.rule.id.length + 1) as RuleClaimName;
    return { name, claim: { ...claim, id: `${user.name}/${name}` }, claimedByAuthor: user.claims.includes(name) };
  });
  const claimed = user.claims.filter(isLawName).map(lawClaim_);
  const unclaimed = LAW_NAMES.filter((n) => !user.claims.includes(n)).map(lawClaim_);
  return { claims: [...claimed, ...defined, ...unclaimed, ...batteries], notes: [...performative.notes] };
}
