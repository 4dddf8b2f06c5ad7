import type { Codec } from '../../../core/Codec.ts';
import type { Json } from '../../../core/Json.ts';
import type { Rational } from '../../../numbers/Rational.ts';
import type { MapSpec } from '../../map/MapSpec.ts';
import { decodeMapSpec } from '../../map/decodeMapSpec.ts';
import { encodeMapSpec } from '../../map/encodeMapSpec.ts';
import { checkKeys, readObject, readRational } from '../../../core/readJson.ts';
import { SpecError } from '../../../core/SpecError.ts';
import type { ScoringRule } from '../../../scoring/ScoringRule.ts';
import { ruleById } from '../../../scoring/rules/builtinRules.ts';

/** 'rule': a built-in rule by id (JSON: its id string), for claims whose input ranges over rules. */
type FieldKind = 'map' | 'rational' | 'rule';
type ValueOf<K extends FieldKind> = K extends 'map' ? MapSpec : K extends 'rule' ? ScoringRule : Rational;
export type RecordOf<S extends Record<string, FieldKind>> = { readonly [K in keyof S]: ValueOf<S[K]> };

/**
 * A JSON codec for a claim input made of named maps and rationals: {"map": {...}, "x": "1/3"}.
 * `validate` adds the claim's premise checks (SpecError naming the field), run after decoding.
 */
export function recordCodec<S extends Record<string, FieldKind>>(
  shape: S,
  validate: (input: RecordOf<S>, at: string) => void = () => {},
): Codec<RecordOf<S>> {
  const keys = Object.keys(shape);
  return {
    encode(input) {
      const out: { [key: string]: Json } = {};
      for (const k of keys) out[k] = shape[k] === 'map' ? encodeMapSpec(input[k] as MapSpec) : shape[k] === 'rule' ? (input[k] as ScoringRule).id : String(input[k]);
      return out;
    },
    decode(json, at) {
      const obj = readObject(json, at);
      checkKeys(obj, keys, at);
      const out: Record<string, unknown> = {};
      for (const k of keys) out[k] = decodeField(shape[k]!, obj[k], `${at}.${k}`);
      validate(out as RecordOf<S>, at);
      return out as RecordOf<S>;
    },
  };
}

function decodeField(kind: FieldKind, json: unknown, at: string): unknown {
  if (kind === 'map') return decodeMapSpec(json, at);
  if (kind === 'rational') return readRational(json, at);
  if (typeof json !== 'string') throw new SpecError(at, `expected a rule id, got ${JSON.stringify(json)}`);
  try {
    return ruleById(json).rule;
  } catch (error) {
    if (error instanceof SpecError) throw new SpecError(at, error.reason);
    throw error;
  }
}
