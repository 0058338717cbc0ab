import { eventHash, GENESIS_HASH } from '../hashChain.ts';
import { isWithheldCopy, type PublicEvent } from './publicEvent.ts';

export type PublicChainCheck = { ok: true; lastHash: string; withheld: number } | { ok: false; seq: number; reason: string };

/**
 * Re-checks a public log from `from` (its first event follows `prevHash`): gapless seq, every
 * hash that can be recomputed, and the chain carried through withheld events by their
 * published hash (the data arrives at the reveal and is checked then).
 */
export function verifyPublicChain(events: readonly PublicEvent[], from = { seq: 0, hash: GENESIS_HASH }): PublicChainCheck {
  let prev = from.hash;
  let withheld = 0;
  for (const [i, event] of events.entries()) {
    const expected = from.seq + i + 1;
    if (event.seq !== expected) return { ok: false, seq: event.seq, reason: `expected seq ${expected}` };
    if (isWithheldCopy(event)) withheld++;
    else if (eventHash(prev, event) !== event.hash) return { ok: false, seq: event.seq, reason: 'hash mismatch' };
    prev = event.hash;
  }
  return { ok: true, lastHash: prev, withheld };
}
