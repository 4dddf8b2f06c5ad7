import type { Codec } from '../../../core/Codec.ts';
import type { Json } from '../../../core/Json.ts';
import { SpecError } from '../../../core/SpecError.ts';
import type { ConditionalGameSpec } from '../../../games/GameSpec.ts';
import { decodeGameSpec, encodeGameSpec } from '../../../games/gameSpecCodec.ts';
import { Rational } from '../../../numbers/Rational.ts';
import { checkKeys, readArray, readObject, readRational } from '../../../core/readJson.ts';
import type { ScoringRule } from '../../../scoring/ScoringRule.ts';
import { Distribution } from '../../../simplex/Distribution.ts';
import type { Reports } from '../../objectiveSlopes.ts';

/** Field kinds of a training claim's input besides "game" (exact numbers as "n/d"). */
export type FieldKind = 'reports' | 'direction' | 'rational' | 'boolean';

/**
 * A JSON codec for {game, ...fields} of a training claim instantiated for `rule` (the game's "rule" must name
 * it): reports are distributions per action (interior ones for interior rules), directions tangent vectors
 * per action (sum 0); `premise` validates the claim's hypotheses, naming the field.
 */
export function trainingCodec<I extends { game: ConditionalGameSpec }>(
  rule: ScoringRule,
  fields: Readonly<Record<string, FieldKind>>,
  premise: (input: I, at: string) => void = () => {},
): Codec<I> {
  return {
    encode(input) {
      const out: Record<string, Json> = { game: encodeGameSpec(input.game) };
      for (const [key, kind] of Object.entries(fields)) {
        const v = (input as Record<string, unknown>)[key];
        out[key] = kind === 'boolean' ? (v as boolean) : kind === 'rational' ? String(v) : (v as Reports).map((p) => p.map(String));
      }
      return out;
    },
    decode(json, at) {
      const obj = readObject(json, at);
      checkKeys(obj, ['game', ...Object.keys(fields)], at);
      const game = decodeGameSpec(obj.game, `${at}.game`, (name, where) => {
        if (name !== rule.id) throw new SpecError(where, `this claim is about ${rule.id}, got ${JSON.stringify(name)}`);
        return rule;
      });
      if (game.kind !== 'conditional-prediction') throw new SpecError(`${at}.game.kind`, 'expected "conditional-prediction"');
      const input: Record<string, unknown> = { game };
      for (const [key, kind] of Object.entries(fields)) input[key] = readField(obj[key], `${at}.${key}`, kind, game);
      premise(input as I, at);
      return input as I;
    },
  };
}

function readField(json: unknown, at: string, kind: FieldKind, game: ConditionalGameSpec): unknown {
  if (kind === 'boolean') {
    if (typeof json !== 'boolean') throw new SpecError(at, 'expected true or false');
    return json;
  }
  if (kind === 'rational') return readRational(json, at);
  const rows = readArray(json, at);
  if (rows.length !== game.truth.length) throw new SpecError(at, `needs one entry per action (${game.truth.length})`);
  return rows.map((row, a) => {
    const where = `${at}[${a}]`;
    const cells = readArray(row, where);
    if (cells.length !== game.outcomes) throw new SpecError(where, `has ${cells.length} entries, expected ${game.outcomes}`);
    if (kind === 'direction') {
      const v = cells.map((c, y) => readRational(c, `${where}[${y}]`));
      if (!Rational.sum(v).isZero()) throw new SpecError(where, 'a direction must sum to 0 (a tangent vector of the simplex)');
      return v;
    }
    const d = Distribution.of(cells as string[], where);
    if (game.rule.domain === 'interior' && !d.isInterior()) throw new SpecError(where, `has a zero probability; ${game.rule.id} needs the interior`);
    return d.coords;
  });
}

/** Premise helper: a rational field within [lo, hi] (lo exclusive when `open`). */
export function requireRange(x: Rational, at: string, lo: Rational, hi: Rational, openLo: boolean): void {
  if ((openLo ? x.le(lo) : x.lt(lo)) || x.gt(hi)) throw new SpecError(at, `must lie in ${openLo ? '(' : '['}${lo}, ${hi}], got ${x}`);
}
