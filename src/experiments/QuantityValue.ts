import type { Json } from '../core/Json.ts';

/**
 * One quantity of one instance, as plain JSON (it crosses worker threads and goes into the checkpoint):
 * - number: certified bounds lo <= v <= hi ("n/d" strings); `exact` when lo = hi is the value itself;
 *   `square` when v is the root of an exact rational (an L2 norm), kept exact beside the enclosure;
 * - boolean, category: decided exactly or certified;
 * - undecided: the instance has this quantity but propercheck could not certify it (the reason says why);
 * - unavailable: the quantity is not computed for this rule (e.g. concavity needs the quadratic trait).
 */
export type QuantityValue =
  | { readonly kind: 'number'; readonly lo: string; readonly hi: string; readonly exact?: string; readonly square?: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'category'; readonly value: string }
  | { readonly kind: 'undecided'; readonly reason: string }
  | { readonly kind: 'unavailable'; readonly reason: string };

/** The outcome of one instance: its input (exact), details for `--instance K`, and its quantities. */
export type InstanceResult =
  | {
      readonly instance: number;
      readonly ok: true;
      readonly input: Json;
      readonly details: { readonly [key: string]: Json };
      readonly values: { readonly [quantity: string]: QuantityValue };
      /** Wall time of this instance (ms): for progress and the bench, never part of the results. */
      readonly ms: number;
    }
  | { readonly instance: number; readonly ok: false; readonly input: Json; readonly error: string; readonly ms: number };
