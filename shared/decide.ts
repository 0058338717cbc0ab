import { AppError } from './commandError.ts';
import { disciplineOfHeat } from './disciplines/ofSetup.ts';
import { disciplineOf, type LiftChange } from './disciplines/registry.ts';
import type { Actor, CorrectionData, LiftReading, NewEvent } from './events.ts';
import type { AnyLiftCorrection, HeatAction, HeatReopen, LiftBody, LiftVoid } from './schemas/commands.ts';
import { signOffBlockers } from './results.ts';
import type { SignedHead } from './signedHead.ts';
import type { CompetitionState, HeatState, HeatStatus, LiftState } from './state.ts';
import { definedOnly, liftKey, own } from './state.ts';

// Command decisions: given the current state, an actor and a parsed command, either the
// event to append or an AppError. Pure, so the rules are tested without a server.

export function assertWritable(state: CompetitionState): void {
  if (state.status === 'official') throw new AppError('locked', 'results are official; nothing can change');
}

export function heatFor(state: CompetitionState, heatId: string, field = 'heatId'): HeatState {
  const heat = own(state.heats, heatId);
  if (!heat) throw new AppError('not_found', `unknown heat ${heatId}`, field);
  return heat;
}

/** Stations write only for their own crane's heats. */
function assertCraneAccess(actor: Actor, heat: HeatState): void {
  if (actor.role === 'station' && actor.id !== heat.craneId) {
    throw new AppError('forbidden', `this station belongs to crane ${actor.id}, not ${heat.craneId}`);
  }
}

/** Readings, corrections and voids are accepted while a heat is running or finished. */
export function assertAcceptsLifts(heat: HeatState): void {
  if (heat.status === 'confirmed') throw new AppError('locked', `heat ${heat.id} is confirmed; an organizer must reopen it`);
  if (heat.status === 'scheduled') throw new AppError('conflict', `heat ${heat.id} has not started`);
}

/** The reading's discipline checks it against its heat's rule (e.g. penalty names). */
function checkReading(state: CompetitionState, heatId: string, reading: LiftChange): void {
  const { rule } = disciplineOfHeat(state.setup, heatId);
  const problem = disciplineOf(rule).checkReading(rule, reading);
  if (problem) throw new AppError('bad_request', problem.message, problem.field);
}

export function decideLift(state: CompetitionState, actor: Actor, body: LiftBody): NewEvent {
  assertWritable(state);
  const heat = heatFor(state, body.heatId);
  const { rule } = disciplineOfHeat(state.setup, heat.id);
  const discipline = disciplineOf(rule);
  if (!discipline.takesLifts) throw new AppError('bad_request', `heat ${heat.id} is a ${rule.kind} heat; it takes answers, not lifts`, 'heatId');
  assertCraneAccess(actor, heat);
  const readingsPerHeat = discipline.readingsPerHeat(rule);
  if (body.index > readingsPerHeat) throw new AppError('bad_request', `index must be 1..${readingsPerHeat}`, 'index');
  checkReading(state, heat.id, body);
  assertAcceptsLifts(heat);
  const source = actor.role === 'station' ? 'station' : 'referee';
  const existing = own(state.lifts, liftKey(body.heatId, body.index));
  if (existing?.readings[source]) {
    throw new AppError('conflict', `lift ${body.index} of heat ${body.heatId} already has a ${source} reading; use a correction`);
  }
  if (own(state.liftKeyById, body.id) !== undefined) throw new AppError('conflict', `id ${body.id} is already used`, 'id');
  const lift: LiftReading = { ...body, source };
  return { type: 'lift.recorded', data: { lift } };
}

export function liftFor(state: CompetitionState, liftId: string): LiftState {
  const key = own(state.liftKeyById, liftId);
  const lift = key === undefined ? undefined : own(state.lifts, key);
  if (!lift || !lift.history.some((h) => h.kind === 'reading' && h.id === liftId)) {
    throw new AppError('not_found', `unknown lift ${liftId}`);
  }
  return lift;
}

export function decideCorrection(state: CompetitionState, liftId: string, body: AnyLiftCorrection): NewEvent {
  assertWritable(state);
  const lift = liftFor(state, liftId);
  assertAcceptsLifts(heatFor(state, lift.heatId));
  if (lift.voided) throw new AppError('conflict', `lift ${liftId} is void`);
  checkReading(state, lift.heatId, body);
  if (own(state.liftKeyById, body.id) !== undefined) throw new AppError('conflict', `id ${body.id} is already used`, 'id');
  return { type: 'lift.corrected', data: definedOnly<CorrectionData>({ ...body, liftId }) };
}

export function decideVoid(state: CompetitionState, liftId: string, body: LiftVoid): NewEvent {
  assertWritable(state);
  const lift = liftFor(state, liftId);
  assertAcceptsLifts(heatFor(state, lift.heatId));
  if (lift.voided) throw new AppError('conflict', `lift ${liftId} is already void`);
  if (own(state.liftKeyById, body.id) !== undefined) throw new AppError('conflict', `id ${body.id} is already used`, 'id');
  return { type: 'lift.voided', data: { id: body.id, liftId, reason: body.reason } };
}

export type HeatVerb = 'start' | 'finish' | 'confirm';

/**
 * A heat's steps: each verb takes a heat `from` one status `to` the next. The referee
 * tablet lays its unsent heat actions over the live state with the same table.
 */
export const HEAT_STEP: Record<HeatVerb, { from: HeatStatus; to: HeatStatus; type: 'heat.started' | 'heat.finished' | 'heat.confirmed' }> = {
  start: { from: 'scheduled', to: 'running', type: 'heat.started' },
  finish: { from: 'running', to: 'finished', type: 'heat.finished' },
  confirm: { from: 'finished', to: 'confirmed', type: 'heat.confirmed' },
};

/** One operator at a time on a crane: a second start waits until the running heat finishes. Heats without a crane (accounting) run side by side. */
function assertCraneFree(state: CompetitionState, heat: HeatState): void {
  if (heat.craneId === null) return;
  const running = Object.values(state.heats).find((h) => h.id !== heat.id && h.craneId === heat.craneId && h.status === 'running');
  if (running) {
    throw new AppError('crane_busy', `crane ${heat.craneId} is running heat ${running.id}; finish it before starting heat ${heat.id}`, 'heatId', {
      craneId: heat.craneId,
      runningHeatId: running.id,
    });
  }
}

/** `now` is the server's time on receipt, used when the device gave no `at`. */
export function decideHeat(state: CompetitionState, heatId: string, verb: HeatVerb, body: HeatAction, now: string): NewEvent {
  assertWritable(state);
  const heat = heatFor(state, heatId, 'heatId');
  const step = HEAT_STEP[verb];
  if (heat.status === 'confirmed') throw new AppError('locked', `heat ${heatId} is confirmed`);
  if (heat.status !== step.from) throw new AppError('conflict', `cannot ${verb} heat ${heatId}: it is ${heat.status}`);
  if (verb === 'start') assertCraneFree(state, heat);
  const at = new Date(body.at ?? now).toISOString();
  if (step.type === 'heat.confirmed') return { type: step.type, data: { heatId } };
  if (step.type === 'heat.finished' && heat.startedAt && at < heat.startedAt) {
    throw new AppError('bad_request', 'a heat cannot finish before it started', 'at');
  }
  return { type: step.type, data: { heatId, at } };
}

export function decideReopen(state: CompetitionState, heatId: string, body: HeatReopen): NewEvent {
  assertWritable(state);
  const heat = heatFor(state, heatId, 'heatId');
  if (heat.status !== 'confirmed') throw new AppError('conflict', `heat ${heatId} is ${heat.status}, not confirmed`);
  return { type: 'heat.reopened', data: { heatId, reason: body.reason } };
}

/**
 * Sign-off: refused (409) while a heat is unconfirmed, a lift disputed, a protest
 * unresolved or the protest window open at `now` (see shared/results.ts).
 */
/** `signedHead`: the server's signature over the log as it stands, recorded with the sign-off. */
export function decideOfficial(state: CompetitionState, now: string, signedHead?: SignedHead): NewEvent {
  assertWritable(state);
  const blockers = signOffBlockers(state, now);
  if (blockers.length) throw new AppError('conflict', `cannot sign off: ${blockers.join('; ')}`);
  return { type: 'results.official', data: signedHead ? { signedHead } : {} };
}

/** Freezing public screens is allowed in any status (also after sign-off: it changes no result). */
export function decideFreeze(state: CompetitionState): NewEvent {
  if (state.frozenAtSeq !== null) throw new AppError('conflict', `public screens are already frozen (since seq ${state.frozenAtSeq})`);
  return { type: 'board.frozen', data: {} };
}

export function decideReveal(state: CompetitionState): NewEvent {
  if (state.frozenAtSeq === null) throw new AppError('conflict', 'public screens are not frozen');
  return { type: 'board.revealed', data: {} };
}
