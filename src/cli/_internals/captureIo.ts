import type { Io } from '../Io.ts';

/** An Io that records what a command printed (for tests of the CLI contract). */
export function captureIo(): Io & { stdout: () => string; stderr: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    progress: false,
    stdout: () => out.join('\n'),
    stderr: () => err.join('\n'),
  };
}
