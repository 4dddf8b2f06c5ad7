/**
 * The contract's fields of a user's export read once into a plain record: a getter that throws or a
 * Proxy that refuses is reported by `fail` as one line naming the field, and nothing is read from the
 * user's object again (no getter runs twice).
 */
export function readFields(exported: object, keys: readonly string[], fail: (field: string, reason: string) => never): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    try {
      out[key] = (exported as Record<string, unknown>)[key];
    } catch (error) {
      fail(key, `reading it threw: ${(error as Error)?.message ?? String(error)}`);
    }
  }
  return out;
}
