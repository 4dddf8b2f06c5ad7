/**
 * Every "docs/<file> <ref>, <ref> ..." citation in a text: the refs that follow the file name up to the end
 * of the clause (entry ids such as PP-05, or sections such as §9), each optionally followed by a
 * parenthesis, e.g. "docs/mathematics.md ZS-02 (iv) (Hudson 2025)". One grammar for the docs test (every
 * citation resolves) and for traceability (a claim's catalogue ids are the entries its source cites).
 */
export function docCitations(text: string, doc: 'mathematics.md' | 'design.md'): string[] {
  const file = doc.replace('.', '\\.');
  return [...text.matchAll(new RegExp(`docs/${file}((?:[ ,]+(?:and )?(?:§\\d+(?:\\.\\d+)?|[A-Z]+-\\d+)(?: \\([^)]*\\))?)+)`, 'g'))].flatMap((m) =>
    [...m[1]!.matchAll(/§\d+(?:\.\d+)?|[A-Z]+-\d+/g)].map((r) => r[0]),
  );
}

/**
 * The catalogue ids (docs/mathematics.md entries) a claim instantiates, read from its `source` citations:
 * distinct, in the order cited. Derived rather than kept beside the claim, so that the source a reader
 * sees and the ids `list --json` prints cannot disagree.
 */
export function catalogIds(source: string): string[] {
  return [...new Set(docCitations(source, 'mathematics.md').filter((ref) => !ref.startsWith('§')))];
}
