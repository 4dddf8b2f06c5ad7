import { match, P } from 'ts-pattern';
import type { Codec } from '../core/Codec.ts';
import type { Json } from '../core/Json.ts';
import { SpecError } from '../core/SpecError.ts';
import { checkKeys, readArray, readObject, readProbability, readRational } from '../core/readJson.ts';
import { DECISION_KINDS, type DecisionKind, type DecisionRule } from './DecisionRule.ts';

/**
 * JSON form of a decision rule: {"kind": "argmax"}, {"kind": "epsilon-greedy", "epsilon": "1/10"},
 * {"kind": "softmax", "weights": ["3", "1"]}. Errors name the field (e.g. "spec.decision.epsilon").
 */
export const decisionRuleCodec: Codec<DecisionRule> = {
  encode(rule): Json {
    if (rule.kind === 'epsilon-greedy') return { kind: rule.kind, epsilon: rule.epsilon.toString() };
    if (rule.kind === 'softmax') return { kind: rule.kind, weights: rule.weights.map((w) => w.toString()) };
    return { kind: rule.kind };
  },
  decode(json, at) {
    const obj = readObject(json, at);
    const kind = obj.kind;
    if (typeof kind !== 'string' || !DECISION_KINDS.includes(kind as DecisionKind)) {
      throw new SpecError(`${at}.kind`, `expected one of ${DECISION_KINDS.join(', ')}, got ${JSON.stringify(kind)}`);
    }
    return match(kind as DecisionKind)
      .with('epsilon-greedy', (k): DecisionRule => {
        checkKeys(obj, ['kind', 'epsilon'], at);
        return { kind: k, epsilon: readProbability(obj.epsilon, `${at}.epsilon`) };
      })
      .with('softmax', (k): DecisionRule => {
        checkKeys(obj, ['kind', 'weights'], at);
        const weights = readArray(obj.weights, `${at}.weights`, 1).map((w, i) => readRational(w, `${at}.weights[${i}]`));
        weights.forEach((w, i) => {
          if (w.sign() <= 0) throw new SpecError(`${at}.weights[${i}]`, `must be positive (full support), got ${w}`);
        });
        return { kind: k, weights };
      })
      .with(P.union('argmax', 'optimistic-max', 'average-max', 'mean-max', 'random-max', 'binary-search'), (k): DecisionRule => {
        checkKeys(obj, ['kind'], at);
        return { kind: k };
      })
      .exhaustive();
  },
};
