/** Where a command writes: stdout carries the result (one JSON document with --json), stderr progress. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal (progress lines are shown only then). */
  readonly progress: boolean;
}

/** The exit codes of docs/design.md §1. */
export const EXIT = { ok: 0, expectationNotMet: 1, badInput: 2 } as const;
