/** `?moves=N`: how many of the latest lifts the biggest moves look back over (default 10). */
export function movesWindowFromQuery(search: string): number {
  const n = Number(new URLSearchParams(search).get('moves'));
  return Number.isInteger(n) && n > 0 ? n : 10;
}
