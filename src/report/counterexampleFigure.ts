import { isJsonObject, type Json } from '../core/Json.ts';
import { Rational } from '../numbers/Rational.ts';
import { analyzeMap } from '../performative/analysis/analyzeMap.ts';
import { decodeMapSpec } from '../performative/map/decodeMapSpec.ts';
import { mapOutcomes } from '../performative/map/mapOutcomes.ts';
import { ruleById } from '../scoring/rules/builtinRules.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import { mapFigure } from './svg/mapFigure.ts';

/**
 * A picture of a counterexample where one says something: a binary performative map under the rule
 * the claim is about (f against the diagonal, Phi, fixed points, optimum). Undefined otherwise.
 */
export function counterexampleFigure(rule: ScoringRule, input: Json, name = rule.id): string | undefined {
  const map = binaryMapOf(input);
  if (map === undefined) return undefined;
  try {
    const spec = decodeMapSpec(map);
    if (mapOutcomes(spec) !== 2 || rule.outcomes.min > 2) return undefined;
    return mapFigure(`${name} rule, counterexample map`, rule, spec, analyzeMap(rule, spec));
  } catch {
    return undefined; // not a map this rule can be analysed on: no picture, the data says it all
  }
}

/** The built-in rule a registry claim is about (its id's prefix), if there is one. */
export function registryClaimRule(claimId: string): ScoringRule | undefined {
  try {
    return ruleById(claimId.slice(0, claimId.lastIndexOf('/'))).rule;
  } catch {
    return undefined;
  }
}

/**
 * The map an input describes: a map spec under "map", or the linear family of PP-07,
 * f(p) = p* + alpha (p - p*) = clip(p* (1 - alpha) + alpha p), given as "pStar" and "alpha".
 */
function binaryMapOf(input: Json): Json | undefined {
  if (!isJsonObject(input)) return undefined;
  if (input['map'] !== undefined) return input['map'];
  const { pStar, alpha } = input;
  if (typeof pStar !== 'string' || typeof alpha !== 'string') return undefined;
  const [p, a] = [Rational.of(pStar), Rational.of(alpha)];
  return { kind: 'affine-clipped', a: p.mul(Rational.ONE.sub(a)).toString(), b: a.toString() };
}
