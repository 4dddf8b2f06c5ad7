import { SpecError } from '../core/SpecError.ts';
import type { CheckDocument } from '../report/CheckDocument.ts';
import type { RunDocument } from '../report/RunDocument.ts';

/** A document from `run --json` or `check --json`, with the file it came from (for messages). */
export type ShardDocument = { readonly file: string } & ({ readonly kind: 'run'; readonly doc: RunDocument } | { readonly kind: 'check'; readonly doc: CheckDocument });

/**
 * The shards of one run (or one check) as one document: the same seed (and rule) everywhere, each shard
 * index i of n exactly once, every claim once; results in the order the unsharded run gives (claim i of
 * the full list is in shard (i mod n) + 1, at position floor(i / n)). Anything else is one line naming the file.
 */
export function mergeDocuments(shards: readonly ShardDocument[]): { kind: 'run'; doc: RunDocument } | { kind: 'check'; doc: CheckDocument } {
  const first = shards[0];
  if (!first) throw new SpecError('propercheck merge', 'expects the JSON documents of the shards');
  const count = first.doc.shard?.count ?? 1;
  const seen = new Set<number>();
  for (const s of shards) {
    if (s.kind !== first.kind) throw new SpecError(s.file, `is a ${s.kind} document; ${first.file} is a ${first.kind} document`);
    if (s.doc.seed !== first.doc.seed) throw new SpecError(`${s.file}: seed`, `${s.doc.seed} differs from ${first.doc.seed} in ${first.file}: shards of one run share a seed`);
    if (s.kind === 'check' && first.kind === 'check' && s.doc.rule !== first.doc.rule) throw new SpecError(`${s.file}: rule`, `${s.doc.rule} differs from ${first.doc.rule} in ${first.file}`);
    const shard = s.doc.shard ?? { index: 1, count: 1 };
    if (shard.count !== count) throw new SpecError(`${s.file}: shard`, `is one of ${shard.count}; ${first.file} is one of ${count}`);
    if (seen.has(shard.index)) throw new SpecError(`${s.file}: shard`, `${shard.index}/${count} is given twice`);
    seen.add(shard.index);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length) throw new SpecError('propercheck merge', `shard(s) ${missing.map((i) => `${i}/${count}`).join(', ')} missing: every claim must be covered`);
  const byIndex = [...shards].sort((a, b) => (a.doc.shard?.index ?? 1) - (b.doc.shard?.index ?? 1));
  const interleave = <T,>(lists: readonly (readonly T[])[]): T[] => {
    const out: T[] = [];
    for (let k = 0; out.length < lists.reduce((t, l) => t + l.length, 0); k++) for (const l of lists) if (k < l.length) out.push(l[k]!);
    return out;
  };
  const errors = byIndex.flatMap((s) => s.doc.errors);
  if (first.kind === 'run') {
    const results = interleave(byIndex.map((s) => (s.doc as RunDocument).results));
    return { kind: 'run', doc: { seed: first.doc.seed, results, errors } };
  }
  const results = interleave(byIndex.map((s) => (s.doc as CheckDocument).results));
  const { shard: _shard, ...rest } = first.doc as CheckDocument;
  return { kind: 'check', doc: { ...rest, results, errors, notes: [...new Set(byIndex.flatMap((s) => (s.doc as CheckDocument).notes))] } };
}
