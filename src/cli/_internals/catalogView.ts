import type { Json } from '../../core/Json.ts';
import type { CatalogRow } from '../../registry/catalogRows.ts';
import { claimCount, compactClaims } from '../../registry/catalogRows.ts';
import type { RunResult } from '../../report/RunDocument.ts';

/** What a run said about one claim, when the catalogue is shown with `--run`. */
export type Verdicts = ReadonlyMap<string, Pick<RunResult, 'verdict' | 'met'>>;

/** The catalogue as the JSON document `list --catalog --json` prints (verdicts only after a run). */
export function catalogJson(rows: readonly CatalogRow[], verdicts?: Verdicts): Json {
  return {
    entries: rows.map(({ entry, claims }) => ({
      id: entry.id,
      title: entry.title,
      status: entry.status,
      statusText: entry.statusText,
      ...(entry.outside ? { outside: entry.outside } : {}),
      claims: claims.map((c) => {
        const v = verdicts?.get(c.id);
        return { id: c.id, expect: c.expect, ...(v ? { verdict: v.verdict, met: v.met } : {}) };
      }),
    })),
  };
}

/**
 * The catalogue in text: per entry its id, status and title, the claims that cite it (compact), what is
 * outside the tool and why; after a run, how many of its claims met their expectation and which did not.
 */
export function catalogText(rows: readonly CatalogRow[], verdicts?: Verdicts): string {
  const blocks = rows.map(({ entry, claims }) => {
    const lines = [`${entry.id.padEnd(8)} ${entry.statusText}: ${entry.title}`];
    if (claims.length > 0) lines.push(`         ${claimCount(claims)}: ${compactClaims(claims).join('; ')}`);
    if (verdicts && claims.length > 0) {
      const unmet = claims.filter((c) => verdicts.get(c.id)?.met === false);
      const unrun = claims.filter((c) => !verdicts.has(c.id));
      lines.push(`         run: ${claims.length - unmet.length - unrun.length}/${claims.length} met${unmet.length ? `; NOT MET: ${unmet.map((c) => `${c.id} (${verdicts.get(c.id)!.verdict})`).join(', ')}` : ''}${unrun.length ? `; not run: ${unrun.length}` : ''}`);
    }
    if (entry.outside) lines.push(`         ${claims.length > 0 ? 'partly outside the tool' : 'outside the tool'}: ${entry.outside}`);
    return lines.join('\n');
  });
  const covered = rows.filter((r) => r.claims.length > 0).length;
  return `${blocks.join('\n')}\n\n${rows.length} entries, ${covered} with registered claims, ${rows.length - covered} outside the tool`;
}

/** Appendix B of docs/mathematics.md: one Markdown row per entry (the table the docs test compares). */
export function catalogMarkdown(rows: readonly CatalogRow[]): string {
  const header = ['| entry | status | registered claims |', '|---|---|---|'];
  const body = rows.map(({ entry, claims }) => {
    const parts = claims.length > 0 ? [`${claimCount(claims)}: ${compactClaims(claims).join('; ')}`] : [];
    if (entry.outside) parts.push(`${claims.length > 0 ? 'partly outside the tool' : 'outside the tool'}: ${entry.outside}`);
    return `| [${entry.id}](#${entry.id}) | ${entry.statusText} | ${parts.join('. ')} |`;
  });
  return [...header, ...body].join('\n');
}
