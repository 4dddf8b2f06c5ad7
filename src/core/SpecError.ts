/**
 * Bad input: names where (a file, a JSON path, a CLI flag) and why. The CLI prints it as one line
 * and exits with code 2.
 */
export class SpecError extends Error {
  readonly at: string;
  readonly reason: string;

  constructor(at: string, reason: string) {
    const [where, why] = [clip(at, 300), clip(reason, 600)];
    super(`${where}: ${why}`);
    this.at = where;
    this.reason = why;
    this.name = 'SpecError';
  }

  /** The same error located inside a file: "file.json: input.p[2]: negative probability -1/3". */
  inFile(file: string): SpecError {
    return new SpecError(`${file}: ${this.at}`, this.reason);
  }
}

/** A message part cut to about `max` characters (keeping both ends, with " ... " between): one line stays one line. */
function clip(text: string, max: number): string {
  const line = text.replace(/\s*\n\s*/g, ' ');
  if (line.length <= max) return line;
  const head = Math.ceil(max * 0.7);
  return `${line.slice(0, head)} ... ${line.slice(line.length - (max - head - 5))}`;
}
