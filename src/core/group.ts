/**
 * Groups items by a key, keeping the given order inside each group (the caller sorts, newest
 * first) and the groups in order of first appearance.
 */
export function groupBy<T>(items: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const x of items) {
    const k = key(x);
    const g = groups.get(k);
    if (g) g.push(x);
    else groups.set(k, [x]);
  }
  return groups;
}
