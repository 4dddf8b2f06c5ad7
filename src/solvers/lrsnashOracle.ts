/**
 * For tests of other folders: lrsnash (Debian package lrslib), an independent exact oracle listing every
 * extreme equilibrium of a bimatrix game (src/solvers/_internals/lrsnash.ts). Tests that use it skip
 * visibly where it is missing.
 */
export { hasLrsnash, lrsnash, lrsnashBimatrix, type LrsEquilibrium } from './_internals/lrsnash.ts';
