/**
 * propercheck has no certified method for this part of a map's analysis (the optimum of a rule it cannot
 * bound, the fixed points of a map given as code on three or more outcomes): that part is reported as not
 * computed, with this message, never guessed.
 */
export class UnsupportedAnalysis extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedAnalysis';
  }
}
