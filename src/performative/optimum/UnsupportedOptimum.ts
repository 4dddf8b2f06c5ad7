/**
 * propercheck has no certified optimiser for this rule and map (e.g. a non-quadratic rule on three or
 * more outcomes): the optimum is reported as not computed, never guessed.
 */
export class UnsupportedOptimum extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedOptimum';
  }
}
