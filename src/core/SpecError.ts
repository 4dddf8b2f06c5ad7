/**
 * Bad input: names where (a file, a JSON path, a CLI flag) and why. The CLI prints it as one line
 * and exits with code 2.
 */
export class SpecError extends Error {
  constructor(
    readonly at: string,
    readonly reason: string,
  ) {
    super(`${at}: ${reason}`);
    this.name = 'SpecError';
  }

  /** The same error located inside a file: "file.json: input.p[2]: negative probability -1/3". */
  inFile(file: string): SpecError {
    return new SpecError(`${file}: ${this.at}`, this.reason);
  }
}
