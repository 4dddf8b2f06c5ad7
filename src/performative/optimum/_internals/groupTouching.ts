/** A box with rational corners (only its float images are compared here). */
interface Corners {
  readonly lo: readonly { toNumber(): number }[];
  readonly hi: readonly { toNumber(): number }[];
}

/**
 * Boxes grouped into clusters of (nearly) touching ones, by union-find over pairs. Grouping only
 * decides how the enclosure is presented: each group is replaced by its exact hull, and the union of
 * the hulls contains the union of the boxes whatever the grouping, so floats (with a small slack) are fine here.
 */
export function groupTouching<B extends Corners>(boxes: readonly B[]): B[][] {
  const lo = boxes.map((b) => b.lo.map((v) => v.toNumber()));
  const hi = boxes.map((b) => b.hi.map((v) => v.toNumber()));
  const parent = boxes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const touch = (a: number, b: number) => lo[a]!.every((l, j) => l <= hi[b]![j]! + 1e-12 && lo[b]![j]! <= hi[a]![j]! + 1e-12);
  for (let a = 0; a < boxes.length; a++) for (let b = a + 1; b < boxes.length; b++) if (find(a) !== find(b) && touch(a, b)) parent[find(a)] = find(b);
  const groups = new Map<number, B[]>();
  boxes.forEach((box, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), box]));
  return [...groups.values()];
}
