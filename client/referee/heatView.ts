import type { LiftReading } from '../../shared/events.ts';
import { liftScore } from '../../shared/scoring/placement.ts';
import type { CompetitionState, HeatState, LiftState, LiftValue } from '../../shared/state.ts';
import { liftKey, own } from '../../shared/state.ts';
import type { OutboxEntry } from '../outbox/db.ts';

// What the referee sees of a heat: the server's state (from the live feed or the last
// snapshot) with the tablet's own unacknowledged writes laid over it. Pure.

export interface LiftRow {
  key: string;
  index: number;
  containerNo: string;
  slot?: string;
  value: LiftValue;
  score: number;
  station?: LiftReading;
  referee?: LiftReading | { pending: true; body: Record<string, unknown> };
  /** The server's lift (absent while the tablet's reading is still in the outbox). */
  live?: LiftState;
  /** Any reading id of the lift: the `liftId` of corrections and voids. */
  liftId: string;
  disputed: boolean;
  voided: boolean;
  /** Writes about this lift still in the outbox (pending or rejected). */
  outbox: OutboxEntry[];
}

export interface HeatView {
  heat: HeatState;
  rows: LiftRow[];
  nextIndex: number;
  liftsPerHeat: number;
}

type Entry = OutboxEntry;

const heatIdFromPath = (path: string) => /\/heats\/([^/]+)\/(start|finish|confirm)$/.exec(path);
const liftIdFromPath = (path: string) => /\/lifts\/([^/]+)\/(corrections|void)$/.exec(path)?.[1];

/** Heat actions not yet reflected by the server laid over its status, in the order they were made. */
export function effectiveHeat(heat: HeatState, entries: readonly Entry[]): HeatState {
  let result = heat;
  for (const entry of entries) {
    if (entry.kind !== 'heat' || entry.state === 'rejected') continue;
    const match = heatIdFromPath(entry.path);
    if (!match || match[1] !== heat.id) continue;
    const at = typeof entry.body.at === 'string' ? entry.body.at : new Date(entry.createdAt).toISOString();
    if (match[2] === 'start' && result.status === 'scheduled') result = { ...result, status: 'running', startedAt: at };
    else if (match[2] === 'finish' && result.status === 'running') result = { ...result, status: 'finished', finishedAt: at };
    else if (match[2] === 'confirm' && result.status === 'finished') result = { ...result, status: 'confirmed' };
  }
  return result;
}

function valueOfBody(body: Record<string, unknown>): LiftValue {
  return {
    dxMm: Number(body.dxMm ?? 0),
    dyMm: Number(body.dyMm ?? 0),
    penalties: Array.isArray(body.penalties) ? (body.penalties as string[]) : [],
    dropped: body.dropped === true,
  };
}

/**
 * `entries` are the outbox's (pending and rejected); `sent` are entries acknowledged in this
 * page whose event may not have reached the live state yet.
 */
export function heatView(competition: CompetitionState, heatId: string, entries: readonly Entry[], sent: readonly Entry[]): HeatView | null {
  const heat = own(competition.heats, heatId);
  if (!heat) return null;
  const rule = competition.setup.rule;
  const rows = new Map<string, LiftRow>();
  for (const lift of Object.values(competition.lifts)) {
    if (lift.heatId !== heatId) continue;
    const firstReading = lift.history.find((h) => h.kind === 'reading');
    rows.set(lift.key, {
      key: lift.key,
      index: lift.index,
      containerNo: lift.containerNo,
      slot: lift.slot,
      value: lift.value,
      score: lift.voided ? 0 : liftScore(rule, lift.value),
      station: lift.readings.station,
      referee: lift.readings.referee,
      live: lift,
      liftId: firstReading?.id ?? '',
      disputed: lift.disputed,
      voided: lift.voided,
      outbox: [],
    });
  }
  const known = (id: string) => own(competition.liftKeyById, id) !== undefined;
  const keyOfLiftId = new Map<string, string>();
  // Readings first (sent ones not yet seen live, then the outbox), so corrections find their lift.
  const unseen = [...sent.filter((e) => !known(e.id)), ...entries];
  for (const entry of unseen) {
    if (entry.kind !== 'lift' || entry.body.heatId !== heatId) continue;
    const index = Number(entry.body.index);
    const key = liftKey(heatId, index);
    keyOfLiftId.set(entry.id, key);
    const row = rows.get(key);
    const isOutbox = entries.includes(entry);
    if (entry.state === 'rejected') {
      if (row) row.outbox.push(entry);
      else rows.set(key, { ...blankRow(key, index, entry), outbox: [entry] });
      continue;
    }
    const value = valueOfBody(entry.body);
    const referee = { pending: true as const, body: entry.body };
    if (row) {
      rows.set(key, { ...row, value, score: liftScore(rule, value), referee, outbox: isOutbox ? [...row.outbox, entry] : row.outbox });
    } else {
      rows.set(key, { ...blankRow(key, index, entry), value, score: liftScore(rule, value), referee, outbox: isOutbox ? [entry] : [] });
    }
  }
  for (const entry of unseen) {
    if (entry.kind !== 'correction' && entry.kind !== 'void') continue;
    const liftId = liftIdFromPath(entry.path);
    const key = liftId ? (own(competition.liftKeyById, liftId) ?? keyOfLiftId.get(liftId)) : undefined;
    const row = key ? rows.get(key) : undefined;
    if (!row) continue;
    const isOutbox = entries.includes(entry);
    if (isOutbox) row.outbox.push(entry);
    if (entry.state === 'rejected') continue;
    if (entry.kind === 'void') {
      row.voided = true;
      row.score = 0;
    } else {
      const { id: _id, reason: _reason, ...change } = entry.body;
      row.value = { ...row.value, ...(change as Partial<LiftValue>) };
      row.score = liftScore(rule, row.value);
      row.disputed = false;
    }
  }
  const sorted = [...rows.values()].sort((a, b) => a.index - b.index);
  const refereeIndices = sorted.filter((r) => r.referee).map((r) => r.index);
  const nextIndex = Math.min(rule.liftsPerHeat, (refereeIndices.length ? Math.max(...refereeIndices) : 0) + 1);
  return { heat: effectiveHeat(heat, [...sent, ...entries]), rows: sorted, nextIndex, liftsPerHeat: rule.liftsPerHeat };
}

function blankRow(key: string, index: number, entry: Entry): LiftRow {
  return {
    key,
    index,
    containerNo: String(entry.body.containerNo ?? ''),
    slot: typeof entry.body.slot === 'string' ? entry.body.slot : undefined,
    value: valueOfBody(entry.body),
    score: 0,
    liftId: entry.id,
    disputed: false,
    voided: false,
    outbox: [],
  };
}

const PAST: Record<string, HeatState['status'][]> = {
  start: ['running', 'finished', 'confirmed'],
  finish: ['finished', 'confirmed'],
  confirm: ['confirmed'],
};

/**
 * A heat action the server refused because the heat is already where it asked to go (another
 * tablet confirmed or finished it first): what the referee wanted happened, so it is no refusal
 * to show.
 */
export const refusedButDone = (state: CompetitionState, entry: OutboxEntry): boolean =>
  entry.kind === 'heat' && entry.state === 'rejected' && seenIn(state, entry);

/** Whether a state already holds an acknowledged write's effect (so the outbox may forget it). */
export function seenIn(state: CompetitionState, entry: OutboxEntry): boolean {
  if (entry.kind !== 'heat') return own(state.liftKeyById, entry.id) !== undefined;
  const match = heatIdFromPath(entry.path);
  const heat = match ? own(state.heats, match[1] as string) : undefined;
  return !heat || (PAST[match![2] as string] ?? []).includes(heat.status);
}
