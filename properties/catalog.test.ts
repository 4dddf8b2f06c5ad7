import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../src/registry/catalog.ts';
import { catalogIds } from '../src/registry/catalogIds.ts';
import { catalogRows } from '../src/registry/catalogRows.ts';
import { registry } from '../src/registry/registry.ts';
import { catalogMarkdown } from '../src/cli/_internals/catalogView.ts';

/** The catalogue table (src/registry/catalog.ts) is docs/mathematics.md as data: the two cannot drift. */
const mathematics = readFileSync('docs/mathematics.md', 'utf8');
const headings = [...mathematics.matchAll(/<a id="([A-Z]+-\d+)"><\/a>\n### (\S+) — (.+)\n\n\*\*Status:\*\* ([^\n]+)/g)].map((m) => ({
  anchor: m[1]!,
  heading: m[2]!,
  title: m[3]!,
  status: m[4]!,
}));
const appendixB = new Map([...mathematics.matchAll(/^\| \[([A-Z]+-\d+)\]\(#[A-Z]+-\d+\) \| ([^|]+) \| ([^\n]+) \|$/gm)].map((m) => [m[1]!, { status: m[2]!.trim(), claims: m[3]! }]));

describe('catalogue: src/registry/catalog.ts against docs/mathematics.md', () => {
  it('lists every anchored entry, in the order of the document', () => {
    expect(CATALOG.map((e) => e.id)).toEqual(headings.map((h) => h.anchor));
    headings.forEach((h) => expect(h.heading, `anchor ${h.anchor} heads its own entry`).toBe(h.anchor));
  });

  it('has each entry\'s title and status label as the document writes them', () => {
    for (const [i, entry] of CATALOG.entries()) {
      expect(entry.title, entry.id).toBe(headings[i]!.title);
      expect(headings[i]!.status.startsWith(entry.status), `${entry.id}: "${headings[i]!.status}" starts with ${entry.status}`).toBe(true);
    }
  });

  it('has each entry\'s status as Appendix B writes it, and Appendix B has a row per entry', () => {
    expect([...appendixB.keys()]).toEqual(CATALOG.map((e) => e.id));
    for (const entry of CATALOG) expect(appendixB.get(entry.id)!.status, entry.id).toBe(entry.statusText);
  });

  it('Appendix B is the table `propercheck list --catalog --markdown` prints (regenerate it after registering claims)', () => {
    const table = mathematics.slice(mathematics.indexOf('| entry | status | registered claims |')).trim();
    expect(table).toBe(catalogMarkdown(catalogRows(registry)));
    for (const row of catalogRows(registry)) {
      if (row.claims.length === 0) expect(appendixB.get(row.entry.id)!.claims, row.entry.id).toMatch(/^outside the tool/);
    }
  });
});

describe('traceability: every registered claim carries its catalogue ids', () => {
  const known = new Set(CATALOG.map((e) => e.id));

  it('derives at least one catalogue id from every claim\'s source, each an entry of the catalogue', () => {
    const problems = registry.flatMap((c) => {
      const ids = catalogIds(c.source);
      if (ids.length === 0) return [`${c.id}: no catalogue id in "${c.source}"`];
      return ids.filter((id) => !known.has(id)).map((id) => `${c.id}: ${id} is not an entry`);
    });
    expect(problems).toEqual([]);
  });

  it('reads several ids where a claim instantiates several (worked examples of the grammar)', () => {
    expect(catalogIds('docs/mathematics.md PP-05, PP-06')).toEqual(['PP-05', 'PP-06']);
    expect(catalogIds('docs/mathematics.md ZS-02 (iv) (Hudson 2025)')).toEqual(['ZS-02']);
    expect(catalogIds('docs/mathematics.md PERF-03, PERF-04 (Perdomo et al. 2020, Thm 3.5)')).toEqual(['PERF-03', 'PERF-04']);
    expect(catalogIds('Gneiting & Raftery 2007')).toEqual([]);
  });

  it('gives every entry a registered claim or a reason why it is outside the tool', () => {
    const bare = catalogRows(registry).filter((row) => row.claims.length === 0 && !row.entry.outside).map((row) => row.entry.id);
    expect(bare).toEqual([]);
  });
});
