import { SpecError } from '../core/SpecError.ts';

/** Shard `index` (1-based) of `count`: n machines, each given one index, together cover every claim exactly once. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** Reads "i/n" (1 <= i <= n). */
export function parseShard(text: string, flag = '--shard'): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new SpecError(flag, `expected i/n with 1 <= i <= n (e.g. 1/3), got ${JSON.stringify(text)}`);
  return { index, count };
}

/** The items of one shard: every count-th item from position index - 1, so the split is deterministic and complete. */
export function shardOf<T>(items: readonly T[], shard: Shard | undefined): T[] {
  return shard ? items.filter((_, i) => i % shard.count === shard.index - 1) : [...items];
}
