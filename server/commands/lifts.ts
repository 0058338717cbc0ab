import { decideCorrection, decideLift, decideVoid } from '../../shared/decide.ts';
import type { LiftReading } from '../../shared/events.ts';
import { LiftCorrection, LiftSubmission, LiftVoid } from '../../shared/schemas/commands.ts';
import { authorize, type Principal } from '../auth/principal.ts';
import { written, type WriteAnswer } from './answer.ts';
import type { Competitions } from './competitions.ts';
import { parse } from './parse.ts';

// Lifts: a reading recorded, corrected or voided. Each command, shared by REST routes and
// socket events: authorize → parse → execute (decide, commit, apply, broadcast) → answer.

/** Lifts come in streams from stations and tablets, so they commit in groups (see `CompetitionStates.submit`). */
export async function recordLift(competitions: Competitions, principal: Principal | null, cid: string, input: unknown): Promise<WriteAnswer> {
  const who = authorize(principal, cid, ['referee', 'station']);
  const body = parse(LiftSubmission, input);
  // Who wrote it is part of the body for idempotency: another writer reusing an id is a conflict, not a replay.
  const by = who.role === 'station' ? `station:${who.craneId}` : who.role;
  const result = await competitions.submit(cid, who, { key: `lift:${body.id}`, body: { ...body, by } }, (state) =>
    decideLift(state, { role: who.role, id: who.role === 'station' ? who.craneId : undefined }, body),
  );
  if (result.event.type !== 'lift.recorded') throw new Error('unexpected event for a lift');
  const lift: LiftReading = result.event.data.lift;
  return written(result, { lift });
}

export function correctLift(competitions: Competitions, principal: Principal | null, cid: string, liftId: string, input: unknown): WriteAnswer {
  const who = authorize(principal, cid, ['referee']);
  const body = parse(LiftCorrection, input);
  const result = competitions.execute(cid, who, { key: `correction:${body.id}`, body: { ...body, liftId } }, (state) =>
    decideCorrection(state, liftId, body),
  );
  return written(result, { correction: result.event.data });
}

export function voidLift(competitions: Competitions, principal: Principal | null, cid: string, liftId: string, input: unknown): WriteAnswer {
  const who = authorize(principal, cid, ['referee']);
  const body = parse(LiftVoid, input);
  const result = competitions.execute(cid, who, { key: `void:${body.id}`, body: { ...body, liftId } }, (state) => decideVoid(state, liftId, body));
  return written(result, { void: result.event.data });
}
