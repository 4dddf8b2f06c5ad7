import type { Claim } from '../core/Claim.ts';
import type { OutcomeRange } from '../core/OutcomeRange.ts';
import { isLawName, LAW_NAMES, type LawName } from '../core/LawName.ts';
import { laws } from '../laws/laws.ts';
import { lawClaim } from '../laws/lawClaim.ts';
import { gameBattery } from '../games/claims/gameClaims.ts';
import { performativeBattery } from '../performative/claims/performativeBattery.ts';
import type { RuleClaimName } from './ruleClaimNames.ts';
import type { UserRule } from './UserRule.ts';

/** One claim about a user's rule: its name in the rule file's vocabulary, and the law it is, if one. */
export interface UserRuleClaim {
  readonly name: RuleClaimName;
  readonly claim: Claim;
  readonly law?: LawName;
}

/**
 * Every claim `check` makes about a user's rule, ids `<rule name>/<claim name>`: the shared laws over
 * the outcome range (the author's claims first), then the performative and game batteries where they
 * mean something for the rule (notes say what was left out and why). `reproduce` finds saved files'
 * claims here too, so a file saved by `check` always replays.
 */
export function userRuleClaims(user: UserRule, outcomes: OutcomeRange): { claims: UserRuleClaim[]; notes: string[] } {
  const order = [...user.claims.filter(isLawName), ...LAW_NAMES.filter((n) => !user.claims.includes(n))];
  const lawClaims = order.map((law) => ({
    name: law,
    law,
    claim: lawClaim(user.rule, laws[law], 'holds', outcomes, { subject: user.name }) as Claim,
  }));
  const performative = performativeBattery(user.rule, user.claims.includes('strictly-proper'));
  const batteries = [...performative.claims, ...gameBattery(user.rule)].map((claim) => ({
    name: claim.id.slice(user.rule.id.length + 1) as RuleClaimName,
    claim: { ...claim, id: `${user.name}/${claim.id.slice(user.rule.id.length + 1)}` },
  }));
  return { claims: [...lawClaims, ...batteries], notes: [...performative.notes] };
}
