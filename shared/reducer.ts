import type { LiftReading, StoredEvent } from './events.ts';
import type { CompetitionSetup } from './schemas/setup.ts';
import type { CompetitionState, CompetitionStatus, HeatState, LiftState, LiftValue } from './state.ts';
import { definedOnly, liftKey, own } from './state.ts';

/**
 * The only place competition state changes, on the server and in the browser.
 * Pure: returns a new state and shares unchanged parts with the old one.
 */
export function apply(state: CompetitionState | null, event: StoredEvent): CompetitionState {
  if (event.type === 'competition.created') {
    if (state) throw new Error('competition.created on an existing competition');
    const created: CompetitionState = {
      setup: event.data.setup,
      status: 'setup',
      heats: scheduledHeats(event.data.setup),
      lifts: {},
      liftKeyById: {},
      lastSeq: event.seq,
      lastHash: event.hash,
      provisionalAt: null,
      officialAt: null,
      protests: {},
      frozenAtSeq: null,
    };
    return created;
  }
  if (!state) throw new Error(`${event.type} before competition.created`);
  const next = applyToExisting(state, event);
  next.lastSeq = event.seq;
  next.lastHash = event.hash;
  return withStatus(next, event.at);
}

/** Every heat of a setup, none started yet. */
function scheduledHeats(setup: CompetitionSetup): Record<string, HeatState> {
  const heats: Record<string, HeatState> = {};
  for (const h of setup.heats) {
    heats[h.id] = { id: h.id, operatorId: h.operatorId, craneId: h.craneId, status: 'scheduled', startedAt: null, finishedAt: null };
  }
  return heats;
}

/** Folds a whole log (from seq 1) into state. */
export function fold(events: readonly StoredEvent[], from: CompetitionState | null = null): CompetitionState | null {
  return events.reduce<CompetitionState | null>(apply, from);
}

function applyToExisting(state: CompetitionState, event: StoredEvent): CompetitionState {
  switch (event.type) {
    case 'heat.started':
      return withHeat(state, event.data.heatId, { status: 'running', startedAt: event.data.at });
    case 'heat.finished':
      return withHeat(state, event.data.heatId, { status: 'finished', finishedAt: event.data.at });
    case 'heat.confirmed':
      return withHeat(state, event.data.heatId, { status: 'confirmed' });
    case 'heat.reopened':
      return withHeat(state, event.data.heatId, { status: 'finished' });
    case 'lift.recorded':
      return recordReading(state, event, event.data.lift);
    case 'lift.corrected': {
      const { id, liftId, reason, ...given } = event.data;
      const change: Partial<LiftValue> = definedOnly(given);
      return updateLift(state, liftId, id, (lift) => ({
        ...lift,
        value: { ...lift.value, ...change },
        refereeHasSpoken: true,
        disputed: false,
        history: [...lift.history, { seq: event.seq, at: event.at, actor: event.actor, kind: 'correction', id, value: change, reason }],
      }));
    }
    case 'lift.voided': {
      const { id, liftId, reason } = event.data;
      return updateLift(state, liftId, id, (lift) => ({
        ...lift,
        voided: true,
        disputed: false,
        history: [...lift.history, { seq: event.seq, at: event.at, actor: event.actor, kind: 'void', id, reason }],
      }));
    }
    case 'results.official':
      return { ...state, officialAt: event.at };
    case 'competition.updated':
      // Only accepted before any heat starts, so there are no lifts to carry over.
      return { ...state, setup: event.data.setup, heats: scheduledHeats(event.data.setup), lifts: {}, liftKeyById: {} };
    case 'protest.lodged':
      return {
        ...state,
        protests: { ...state.protests, [event.data.id]: { ...event.data, lodgedAt: event.at, lodgedBy: event.actor, resolution: null } },
      };
    case 'protest.resolved': {
      const { protestId, decision, reason } = event.data;
      const protest = own(state.protests, protestId);
      if (!protest) throw new Error(`unknown protest ${protestId}`);
      const resolution = definedOnly({ decision, reason, at: event.at });
      return { ...state, protests: { ...state.protests, [protestId]: { ...protest, resolution } } };
    }
    case 'board.frozen':
      return { ...state, frozenAtSeq: event.seq };
    case 'board.revealed':
      return { ...state, frozenAtSeq: null };
    case 'competition.created':
      throw new Error('competition.created on an existing competition');
  }
}

function withHeat(state: CompetitionState, heatId: string, change: Partial<HeatState>): CompetitionState {
  const heat = own(state.heats, heatId);
  if (!heat) throw new Error(`unknown heat ${heatId}`);
  return { ...state, heats: { ...state.heats, [heatId]: { ...heat, ...change } } };
}

function valueOf(reading: LiftReading): LiftValue {
  return { dxMm: reading.dxMm, dyMm: reading.dyMm, penalties: reading.penalties, dropped: reading.dropped };
}

function recordReading(state: CompetitionState, event: StoredEvent, reading: LiftReading): CompetitionState {
  const key = liftKey(reading.heatId, reading.index);
  const existing = own(state.lifts, key);
  const entry = {
    seq: event.seq,
    at: event.at,
    actor: event.actor,
    kind: 'reading' as const,
    id: reading.id,
    source: reading.source,
    value: valueOf(reading),
  };
  const readings = { ...existing?.readings, [reading.source]: reading };
  const isReferee = reading.source === 'referee';
  const lift: LiftState = existing
    ? {
        ...existing,
        readings,
        // The latest referee reading wins; a station reading never overrides a referee.
        value: isReferee || !existing.refereeHasSpoken ? valueOf(reading) : existing.value,
        refereeHasSpoken: existing.refereeHasSpoken || isReferee,
        history: [...existing.history, entry],
        lastAt: event.at,
      }
    : {
        key,
        heatId: reading.heatId,
        index: reading.index,
        containerNo: reading.containerNo,
        slot: reading.slot,
        cycleTimeS: reading.cycleTimeS,
        readings,
        value: valueOf(reading),
        refereeHasSpoken: isReferee,
        disputed: false,
        voided: false,
        history: [entry],
        lastAt: event.at,
      };
  // A new reading may open a dispute: the station against what the referee holds now.
  lift.disputed = !lift.voided && readings.station !== undefined && lift.refereeHasSpoken &&
    valuesDisagree(valueOf(readings.station), lift.value, state.setup.rule.reconcileToleranceMm);
  return { ...state, lifts: { ...state.lifts, [key]: lift }, liftKeyById: { ...state.liftKeyById, [reading.id]: key } };
}

/** Two values further apart than the tolerance, or one dropped and one not. */
export function valuesDisagree(a: LiftValue, b: LiftValue, toleranceMm: number): boolean {
  if (a.dropped !== b.dropped) return true;
  return Math.hypot(a.dxMm - b.dxMm, a.dyMm - b.dyMm) > toleranceMm;
}

function updateLift(state: CompetitionState, liftId: string, actId: string, change: (lift: LiftState) => LiftState): CompetitionState {
  const key = own(state.liftKeyById, liftId);
  const lift = key === undefined ? undefined : own(state.lifts, key);
  if (!key || !lift) throw new Error(`unknown lift ${liftId}`);
  return { ...state, lifts: { ...state.lifts, [key]: change(lift) }, liftKeyById: { ...state.liftKeyById, [actId]: key } };
}

function withStatus(state: CompetitionState, at: string): CompetitionState {
  const heats = Object.values(state.heats);
  let status: CompetitionStatus;
  if (state.officialAt) status = 'official';
  else if (heats.every((h) => h.status === 'confirmed')) status = 'provisional';
  else if (heats.some((h) => h.status !== 'scheduled')) status = 'running';
  else status = 'setup';
  const provisionalAt = status === 'provisional' ? (state.status === 'provisional' ? state.provisionalAt : at) : status === 'official' ? state.provisionalAt : null;
  return { ...state, status, provisionalAt };
}
