import type { LiftVoid } from '../../shared/schemas/commands.ts';
import type { CorrectionBody, EntryEnvelope, HeatBody, LiftBody, OutboxEntry } from './entry.ts';

// Entries written by builds before typed commands kept the request's URL instead of the
// command. A tablet upgraded with entries still queued must send them all the same, so
// the db layer reads them through here: the URL is decoded once, into the command it was
// built from, and the next write of the entry (a retry, the ack) stores the new shape.

/** An entry as those builds stored it. */
export interface LegacyEntry extends EntryEnvelope {
  kind: string;
  /** e.g. /api/competitions/c/heats/h1/start */
  path: string;
  body: Record<string, unknown>;
}

export type StoredEntry = OutboxEntry | LegacyEntry;

// The only URLs those builds queued (client/referee/refereeStore.ts, 7797527..c3dce36).
const HEAT = /\/heats\/([^/]+)\/(start|finish|confirm)$/;
const LIFT_ACT = /\/lifts\/([^/]+)\/(corrections|void)$/;
const LIFTS = /\/lifts$/;

/**
 * The typed entry for a stored one; null for a URL no build ever queued (left in IndexedDB
 * untouched rather than sent somewhere it was not meant to go).
 */
export function upgradeEntry(stored: StoredEntry): OutboxEntry | null {
  if (!('path' in stored)) return stored;
  // The body is what those builds sent, so it has the command's shape; the URL says which.
  const { path, kind: _kind, body, ...envelope } = stored;
  const heat = HEAT.exec(path);
  if (heat) {
    const verb = heat[2] as 'start' | 'finish' | 'confirm';
    return { ...envelope, kind: 'heat', heatId: decodeURIComponent(heat[1]!), verb, body: body as HeatBody };
  }
  const act = LIFT_ACT.exec(path);
  if (act) {
    const liftId = decodeURIComponent(act[1]!);
    if (act[2] === 'void') return { ...envelope, kind: 'void', liftId, body: body as LiftVoid };
    return { ...envelope, kind: 'correction', liftId, body: body as CorrectionBody };
  }
  if (LIFTS.test(path)) return { ...envelope, kind: 'lift', body: body as LiftBody };
  return null;
}
