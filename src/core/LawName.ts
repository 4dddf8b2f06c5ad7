/** The laws written once and instantiated for every rule (docs/mathematics.md SR-01..SR-06). */
export const LAW_NAMES = ['proper', 'strictly-proper', 'symmetric', 'local'] as const;
export type LawName = (typeof LAW_NAMES)[number];

export function isLawName(s: string): s is LawName {
  return (LAW_NAMES as readonly string[]).includes(s);
}
