import type { Codec } from '../../core/Codec.ts';
import type { MapSpec } from './MapSpec.ts';
import { decodeMapSpec } from './decodeMapSpec.ts';
import { encodeMapSpec } from './encodeMapSpec.ts';

/** JSON codec for map specs: `decode` validates and names the failing field path. */
export const mapSpecCodec: Codec<MapSpec> = {
  encode: encodeMapSpec,
  decode: (json, at) => decodeMapSpec(json, at),
};
