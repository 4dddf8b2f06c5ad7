import type { Json } from './Json.ts';

/**
 * Turns a generated input into JSON (exact numbers as "n/d" strings) and back. `decode` validates
 * and throws SpecError naming the JSON path under `at` (e.g. "input.p[2]") and the reason.
 */
export interface Codec<I> {
  encode(input: I): Json;
  decode(json: unknown, at: string): I;
}
