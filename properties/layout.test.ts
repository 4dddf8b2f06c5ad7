import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The architecture as data (README "How it works" draws the same list): folders of src/ from the bottom
 * layer up. A folder may import its own layer and the layers below it, never above, and never another
 * folder's `_internals`; the folder graph has no cycle.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['numbers'],
  ['certify'],
  ['core'],
  ['linalg', 'simplex'],
  ['scoring'],
  ['scoring/rules'],
  ['arbitraries', 'laws', 'decisions', 'solvers'],
  ['performative/map'],
  ['performative/fixedPoints'],
  ['performative/optimum', 'performative/stability', 'performative/dynamics'],
  ['performative/analysis'],
  ['performative/claims'],
  ['games'],
  ['games/claims'],
  ['training'],
  ['training/claims'],
  ['userclaims'],
  ['search'],
  ['proof'],
  ['rulefile'],
  ['store'],
  ['experiments'],
  ['report/svg'],
  ['report'],
  ['registry'],
  ['isolation'],
  ['tasks'],
  ['run'],
  ['cli', 'api'],
];

const SRC = 'src';

interface Import {
  readonly file: string;
  readonly from: string;
  readonly to: string;
  readonly target: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? sourceFiles(path) : /\.ts$/.test(e.name) ? [path] : [];
  });
}

/** A file's folder below src/, with `_internals` segments folded into their owner. */
function folderOf(file: string): string {
  return relative(SRC, dirname(file)).split(sep).filter((s) => s !== '_internals' && s !== '__fixtures__').join('/') || '.';
}

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => {
    const target = normalize(join(dirname(file), m[1]!));
    return { file, from: folderOf(file), to: folderOf(target), target };
  });
}

const files = sourceFiles(SRC);
const production = files.filter((f) => !f.endsWith('.test.ts'));
const layerOf = new Map(LAYERS.flatMap((folders, i) => folders.map((f) => [f, i] as const)));

describe('layout: the folders of src/ form the layers of LAYERS', () => {
  it('names every folder in a layer', () => {
    const folders = [...new Set(files.map(folderOf))].filter((f) => f !== '.');
    expect(folders.filter((f) => !layerOf.has(f))).toEqual([]);
  });

  it('imports only within a layer or downwards (production code)', () => {
    const upward = production
      .flatMap(importsOf)
      .filter((i) => i.from !== i.to && layerOf.has(i.from) && layerOf.has(i.to) && layerOf.get(i.to)! > layerOf.get(i.from)!)
      .map((i) => `${i.file} imports ${i.target} (${i.from} is below ${i.to})`);
    expect(upward).toEqual([]);
  });

  it('has no cycle between folders (production code)', () => {
    const edges = new Map<string, Set<string>>();
    for (const i of production.flatMap(importsOf)) if (i.from !== i.to) (edges.get(i.from) ?? edges.set(i.from, new Set()).get(i.from)!).add(i.to);
    expect(cyclesOf(edges)).toEqual([]);
  });

  it('never reaches into another folder\'s _internals (tests included)', () => {
    const reaching = files
      .flatMap(importsOf)
      .filter((i) => i.target.split(sep).includes('_internals'))
      .filter((i) => !dirname(i.file).startsWith(i.target.slice(0, i.target.lastIndexOf(`${sep}_internals`))))
      .map((i) => `${i.file} imports ${i.target}`);
    expect(reaching).toEqual([]);
  });

  it('keeps the certification engine on the numbers alone', () => {
    const outside = production.filter((f) => folderOf(f) === 'certify').flatMap(importsOf).filter((i) => !['certify', 'numbers'].includes(i.to));
    expect(outside.map((i) => `${i.file} imports ${i.target}`)).toEqual([]);
  });
});

/** Strongly connected components with more than one folder (Tarjan). */
function cyclesOf(edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return cycles;
}
