import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonicalJson.ts';
import type { StoredEvent } from './events.ts';

export const GENESIS_HASH = '0'.repeat(64);

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** hash = sha256hex(prevHash + canonicalJson({seq, type, at, actor, data})) */
export function eventHash(prevHash: string, event: Omit<StoredEvent, 'hash'>): string {
  const { seq, type, at, actor, data } = event;
  return sha256Hex(prevHash + canonicalJson({ seq, type, at, actor, data }));
}

export type ChainCheck = { ok: true; lastHash: string } | { ok: false; seq: number; reason: string };

/** Re-checks a log from its first event: gapless seq and every hash. */
export function verifyChain(events: readonly StoredEvent[]): ChainCheck {
  let prev = GENESIS_HASH;
  for (const [i, event] of events.entries()) {
    if (event.seq !== i + 1) return { ok: false, seq: event.seq, reason: `expected seq ${i + 1}` };
    if (eventHash(prev, event) !== event.hash) return { ok: false, seq: event.seq, reason: 'hash mismatch' };
    prev = event.hash;
  }
  return { ok: true, lastHash: prev };
}
