/** Exact values are compared with this tolerance so float noise never splits a real tie. */
const EPSILON = 1e-9;

type Key = number | null;
/** One sort key: its value and whether bigger is better. Nulls always sort last. */
export interface RankKey {
  value: Key;
  higherIsBetter: boolean;
}

function compareKey(a: RankKey, b: RankKey): number {
  if (a.value === null || b.value === null) return a.value === b.value ? 0 : a.value === null ? 1 : -1;
  if (Math.abs(a.value - b.value) <= EPSILON) return 0;
  return a.higherIsBetter ? b.value - a.value : a.value - b.value;
}

function compareKeys(a: readonly RankKey[], b: readonly RankKey[]): number {
  for (let i = 0; i < a.length; i++) {
    const order = compareKey(a[i] as RankKey, b[i] as RankKey);
    if (order !== 0) return order;
  }
  return 0;
}

/**
 * Sorts by the keys in order and gives competition ranks: equal on every key → shared
 * rank, and the next rank skips (1, 2, 2, 4). Ties keep their input order.
 */
export function rankBy<T>(items: readonly T[], keys: (item: T) => RankKey[]): (T & { rank: number })[] {
  const keyed = items.map((item, order) => ({ item, order, keys: keys(item) }));
  keyed.sort((a, b) => compareKeys(a.keys, b.keys) || a.order - b.order);
  let rank = 0;
  return keyed.map((entry, i) => {
    const previous = keyed[i - 1];
    if (!previous || compareKeys(previous.keys, entry.keys) !== 0) rank = i + 1;
    return { rank, ...entry.item };
  });
}
