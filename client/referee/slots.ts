/** "B-07" → "B-08": the next slot is usually the one after the last. */
export function nextSlot(slot: string | undefined): string {
  const match = /^(.*?)(\d+)$/.exec(slot ?? '');
  if (!match) return slot ?? '';
  const [, head, digits] = match as unknown as [string, string, string];
  return head + String(Number(digits) + 1).padStart(digits.length, '0');
}
