/** Plain JSON data: what inputs, witnesses and specs are stored as. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
