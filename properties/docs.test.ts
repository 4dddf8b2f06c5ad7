import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registry } from '../src/registry/registry.ts';
import { docCitations } from '../src/registry/catalogIds.ts';

/** The project documents itself: every citation in the code resolves to a section of docs/. */
const mathematics = readFileSync('docs/mathematics.md', 'utf8');
const design = readFileSync('docs/design.md', 'utf8');
const entryIds = new Set([...mathematics.matchAll(/<a id="([A-Z]+-\d+)"><\/a>/g)].map((m) => m[1]!));
const mathSections = new Set([...mathematics.matchAll(/^#{2,3} (\d+(?:\.\d+)?)\.? /gm)].map((m) => m[1]!));
const designSections = new Set([...design.matchAll(/^## §(\d+) /gm)].map((m) => m[1]!));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? (e.name === 'node_modules' ? [] : files(path)) : /\.(ts|mjs|md)$/.test(e.name) ? [path] : [];
  });
}
const sources = [...files('src'), ...files('scripts'), ...files('properties'), 'README.md', ...files('docs')];

describe('docs: the repository documents its own design and mathematics', () => {
  it('has every catalogue entry as an anchor', () => {
    expect(entryIds.size).toBeGreaterThanOrEqual(59);
    for (const id of ['SR-01', 'PP-02', 'SG-05', 'PERF-05', 'DEC-01', 'ZS-04', 'OTH-03']) expect(entryIds.has(id), id).toBe(true);
  });

  it('resolves every citation of docs/mathematics.md and docs/design.md in the code and the docs', () => {
    const broken: string[] = [];
    for (const file of sources) {
      const text = readFileSync(file, 'utf8');
      for (const ref of docCitations(text, 'mathematics.md')) {
        const ok = ref.startsWith('§') ? mathSections.has(ref.slice(1)) : entryIds.has(ref);
        if (!ok) broken.push(`${file}: docs/mathematics.md ${ref}`);
      }
      for (const ref of docCitations(text, 'design.md')) if (!designSections.has(ref.slice(1))) broken.push(`${file}: docs/design.md ${ref}`);
    }
    expect(broken).toEqual([]);
  });

  it('gives every registered claim a source in docs/mathematics.md with at least one entry or section', () => {
    const unsourced = registry.filter((c) => docCitations(c.source, 'mathematics.md').length === 0).map((c) => `${c.id}: ${c.source}`);
    expect(unsourced).toEqual([]);
  });

  it('refers to no file outside the repository', () => {
    const outside = sources.filter((f) => /\.\.\/shared|\bshared\/(?:DESIGN|claims)|(?<!docs\/mathematics\.)\bclaims\.md\b|\bDESIGN\.md\b/.test(readFileSync(f, 'utf8')));
    expect(outside).toEqual([]);
  });
});
