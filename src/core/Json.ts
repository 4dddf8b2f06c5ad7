/** Plain JSON data: what inputs, witnesses and specs are stored as. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** A JSON object (not an array, not null): Array.isArray does not narrow readonly arrays, this does. */
export function isJsonObject(x: Json | undefined): x is { readonly [key: string]: Json } {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
