import { writeTextFileAtomic } from '../store/writeTextFileAtomic.ts';
import type { Io } from './Io.ts';

/** How a command's document is shown: as text, as JUnit, as CI annotations (its JSON is the document itself). */
export interface DocumentViews {
  text(exact: boolean): string;
  junit(): string;
  annotations(): string[];
  readonly errors: readonly string[];
}

/**
 * Prints one document as the flags ask: one JSON document on stdout (--json) or text; JUnit to a file;
 * annotations and error lines on stderr (so stdout stays one document).
 */
export async function emitDocument(io: Io, doc: object, views: DocumentViews, flags: { json?: boolean; exact?: boolean; junit?: string; annotations: boolean }): Promise<void> {
  io.out(flags.json ? JSON.stringify(doc, null, 2) : views.text(flags.exact ?? false));
  if (flags.junit) await writeTextFileAtomic(flags.junit, views.junit());
  if (flags.annotations) for (const line of views.annotations()) io.err(line);
  for (const problem of views.errors) io.err(`error: ${problem}`);
}
