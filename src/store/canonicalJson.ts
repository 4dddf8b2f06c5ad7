import { createHash } from 'node:crypto';
import { isJsonObject, type Json } from '../core/Json.ts';

/** JSON with object keys sorted, so equal data always gives equal text (and equal hashes). */
export function canonicalJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isJsonObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k]!)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Short content hash naming a counterexample file: the same claim and input always map to one file. */
export function shortHash(value: Json): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex').slice(0, 12);
}
