import type { Codec } from '../../../core/Codec.ts';
import type { Json } from '../../../core/Json.ts';
import type { Rational } from '../../../numbers/Rational.ts';
import type { MapSpec } from '../../map/MapSpec.ts';
import { decodeMapSpec } from '../../map/decodeMapSpec.ts';
import { encodeMapSpec } from '../../map/encodeMapSpec.ts';
import { checkKeys, readObject, readRational } from '../../../core/readJson.ts';

type FieldKind = 'map' | 'rational';
type ValueOf<K extends FieldKind> = K extends 'map' ? MapSpec : Rational;
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
      for (const k of keys) out[k] = shape[k] === 'map' ? encodeMapSpec(input[k] as MapSpec) : String(input[k]);
      return out;
    },
    decode(json, at) {
      const obj = readObject(json, at);
      checkKeys(obj, keys, at);
      const out: Record<string, unknown> = {};
      for (const k of keys) out[k] = shape[k] === 'map' ? decodeMapSpec(obj[k], `${at}.${k}`) : readRational(obj[k], `${at}.${k}`);
      validate(out as RecordOf<S>, at);
      return out as RecordOf<S>;
    },
  };
}
