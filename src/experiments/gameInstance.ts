import { match } from 'ts-pattern';
import type { Json } from '../core/Json.ts';
import { analyseGame } from '../games/analyseGame.ts';
import type { ConditionalGameSpec } from '../games/GameSpec.ts';
import { encodeGameSpec } from '../games/gameSpecCodec.ts';
import type { Rational } from '../numbers/Rational.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import type { InstanceFamily } from './ExperimentSpec.ts';
import { exactNumber } from './numberValue.ts';
import type { QuantityName } from './quantities.ts';
import type { QuantityValue } from './QuantityValue.ts';

type GameFamily = Extract<InstanceFamily, { kind: 'random-conditional-game' }>;

/**
 * Every quantity of one random conditional-prediction game (docs/mathematics.md DEC-00, ZS-00), solved
 * exactly by analyseGame: its value, and whether every equilibrium is honest on the actions taken and
 * makes the principal take the best action (certified over ALL equilibria by the essential strategies).
 */
export async function gameInstance(rule: ScoringRule, ruleName: string, family: GameFamily, truth: Rational[][], utility: Rational[][], quantities: readonly QuantityName[]): Promise<{ details: { [key: string]: Json }; values: { [q: string]: QuantityValue } }> {
  const spec: ConditionalGameSpec = {
    kind: 'conditional-prediction',
    outcomes: family.outcomes,
    utility,
    truth,
    ruleName,
    rule,
    decision: family.decision,
    scoring: family.scoring,
    grid: family.grid,
    seats: 'independent',
  };
  const a = await analyseGame(spec);
  const flag = (v: boolean | null, why: string): QuantityValue => (v === null ? { kind: 'unavailable', reason: why } : { kind: 'boolean', value: v });
  const value = (q: QuantityName): QuantityValue =>
    match<string, QuantityValue>(q)
      .with('value', () => (a.value === null ? { kind: 'unavailable', reason: 'a general-sum game has no value' } : exactNumber(a.value)))
      .with('honestAtEveryEquilibrium', () => flag(a.honestAtEveryEquilibrium, 'not decided for this game'))
      .with('bestActionAtEveryEquilibrium', () => flag(a.bestActionAtEveryEquilibrium, 'the decision rule takes no single action'))
      .with('honestEquilibrium', () => flag(a.honest, 'no equilibrium reported'))
      .with('honestProfileIsEquilibrium', () => flag(a.honestProfile?.isEquilibrium ?? null, 'truthful reports are not on the grid'))
      .otherwise(() => ({ kind: 'unavailable', reason: `${q} is not a quantity of conditional-prediction games` }));
  return {
    details: {
      game: encodeGameSpec(spec),
      value: a.value === null ? null : String(a.value),
      certifiedBy: a.certifiedBy,
      equilibrium: a.equilibrium,
      actionDistribution: a.actionDistribution?.map(String) ?? null,
      bestAction: a.bestAction,
      ...(a.note ? { note: a.note } : {}),
    },
    values: Object.fromEntries(quantities.map((q) => [q, value(q)])),
  };
}
