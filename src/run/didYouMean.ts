/** ` (did you mean "x"?)` for the known word closest to a mistyped one, when it is close; else ''. */
export function didYouMean(word: string, known: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = editDistance(word, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  const close = best !== undefined && (bestDistance <= Math.max(2, Math.floor(best.length / 3)) || best.startsWith(word) || word.startsWith(best));
  return close ? ` (did you mean ${JSON.stringify(best)}?)` : '';
}

/** Levenshtein distance (insertions, deletions, substitutions). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}
