import type { Codec } from '../../../core/Codec.ts';
import type { Json } from '../../../core/Json.ts';
import { SpecError } from '../../../core/SpecError.ts';
import { Distribution } from '../../../simplex/Distribution.ts';
import { readArray, readObject } from '../../../core/readJson.ts';
import type { ScoringRule } from '../../../scoring/ScoringRule.ts';
import type { ConditionalStrategy } from '../../ConditionalGame.ts';
import type { ConditionalGameSpec } from '../../GameSpec.ts';
import { decodeGameSpec, encodeGameSpec } from '../../gameSpecCodec.ts';

export interface GameInput {
  readonly game: ConditionalGameSpec;
  /** An explicit deviation (reports per action, possibly off the grid), checked besides the grid (optional). */
  readonly deviation?: ConditionalStrategy;
}

/**
 * JSON codec of {game, deviation} for a claim instantiated for `rule` (the game's "rule" must name it);
 * `premise` validates the claim's hypotheses (SpecError naming the field).
 */
export function gameInputCodec(rule: ScoringRule, premise: (game: ConditionalGameSpec, at: string) => void): Codec<GameInput> {
  return {
    encode: ({ game, deviation }) => ({ game: encodeGameSpec(game), ...(deviation ? { deviation: deviation.map((p) => p.map(String)) } : {}) }) as Json,
    decode(json, at) {
      const obj = readObject(json, at);
      for (const key of Object.keys(obj)) if (key !== 'game' && key !== 'deviation') throw new SpecError(`${at}.${key}`, 'unknown field (expected game, deviation)');
      const game = decodeGameSpec(obj.game, `${at}.game`, (name, where) => {
        if (name !== rule.id) throw new SpecError(where, `this claim is about ${rule.id}, got ${JSON.stringify(name)}`);
        return rule;
      });
      if (game.kind !== 'conditional-prediction') throw new SpecError(`${at}.game.kind`, 'expected "conditional-prediction"');
      premise(game, `${at}.game`);
      if (obj.deviation === undefined) return { game };
      const rows = readArray(obj.deviation, `${at}.deviation`);
      if (rows.length !== game.truth.length) throw new SpecError(`${at}.deviation`, `needs one report per action (${game.truth.length})`);
      const deviation = rows.map((row, a) => {
        const d = Distribution.of(readArray(row, `${at}.deviation[${a}]`) as string[], `${at}.deviation[${a}]`);
        if (d.size !== game.outcomes) throw new SpecError(`${at}.deviation[${a}]`, `has ${d.size} outcomes, expected ${game.outcomes}`);
        if (rule.domain === 'interior' && !d.isInterior()) throw new SpecError(`${at}.deviation[${a}]`, `has a zero probability; ${rule.id} needs the interior`);
        return d.coords;
      });
      return { game, deviation };
    },
  };
}
