import { match } from 'ts-pattern';
import type { Json } from '../core/Json.ts';
import { analyseGame } from '../games/analyseGame.ts';
import type { EquilibriumVerdict, HonestProfile } from '../games/GameAnalysis.ts';
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
  const solved = 'equilibrium' in a.solution ? a.solution : undefined;
  const value = (q: QuantityName): QuantityValue =>
    match<string, QuantityValue>(q)
      .with('value', () => (a.solution.kind === 'zero-sum' ? exactNumber(a.solution.value) : { kind: 'unavailable', reason: 'a general-sum game has no value' }))
      .with('honestAtEveryEquilibrium', () => verdictValue(a.honestAtEveryEquilibrium))
      .with('bestActionAtEveryEquilibrium', () => verdictValue(a.bestActionAtEveryEquilibrium))
      .with('honestEquilibrium', () => (solved ? { kind: 'boolean', value: solved.honest } : { kind: 'unavailable', reason: 'no equilibrium found' }))
      .with('honestProfileIsEquilibrium', () => honestProfileValue(a.honestProfile))
      .otherwise(() => ({ kind: 'unavailable', reason: `${q} is not a quantity of conditional-prediction games` }));
  return {
    details: {
      game: encodeGameSpec(spec),
      value: a.solution.kind === 'zero-sum' ? String(a.solution.value) : null,
      certifiedBy: a.certifiedBy,
      equilibrium: solved ? solved.equilibrium : null,
      actionDistribution: solved?.actions.kind === 'taken' ? solved.actions.distribution.map(String) : null,
      bestAction: a.bestAction.kind === 'action' ? a.bestAction.action : null,
      ...(a.note ? { note: a.note } : {}),
    },
    values: Object.fromEntries(quantities.map((q) => [q, value(q)])),
  };
}

/** A verdict over every equilibrium as a decided boolean; undecided (a work limit) or unavailable with the reason. */
function verdictValue(v: EquilibriumVerdict): QuantityValue {
  return match<EquilibriumVerdict, QuantityValue>(v)
    .with({ kind: 'holds' }, () => ({ kind: 'boolean', value: true }))
    .with({ kind: 'fails' }, () => ({ kind: 'boolean', value: false }))
    .with({ kind: 'undecided' }, ({ reason }) => ({ kind: 'undecided', reason }))
    .with({ kind: 'not-applicable' }, ({ reason }) => ({ kind: 'unavailable', reason }))
    .exhaustive();
}

function honestProfileValue(h: HonestProfile): QuantityValue {
  return match<HonestProfile, QuantityValue>(h)
    .with({ kind: 'truthful' }, (t) => ({ kind: 'boolean', value: t.isEquilibrium }))
    .with({ kind: 'fixed-points' }, () => ({ kind: 'unavailable', reason: 'a performative game has no single truthful profile' }))
    .exhaustive();
}
