import pkg from '../../package.json' with { type: 'json' };

/** propercheck's version, recorded in every saved counterexample's provenance. */
export const VERSION: string = pkg.version;
