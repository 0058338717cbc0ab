import { decideCorrection, decideFreeze, decideHeat, decideLift, decideOfficial, decideReopen, decideReveal, decideVoid, type HeatVerb } from '../../shared/decide.ts';
import type { LiftReading } from '../../shared/events.ts';
import { HeatAction, HeatReopen, LiftCorrection, LiftSubmission, LiftVoid, SignOff } from '../../shared/schemas/commands.ts';
import { authorize, type Principal } from '../auth/principal.ts';
import { parse } from '../http/parse.ts';
import type { CommandResult, Competitions } from './registry.ts';

// One function per command, shared by REST routes and socket events:
// authorize → parse → execute (decide, commit, apply, broadcast) → result.

export interface WriteAnswer {
  replayed: boolean;
  body: { seq: number; [key: string]: unknown };
}

const answer = ({ event, replayed }: CommandResult, extra: Record<string, unknown> = {}): WriteAnswer => ({
  replayed,
  body: { seq: event.seq, ...extra },
});

/** Lifts come in streams from stations and tablets, so they commit in groups (see `Competitions.submit`). */
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
  return answer(result, { lift });
}

export function correctLift(competitions: Competitions, principal: Principal | null, cid: string, liftId: string, input: unknown): WriteAnswer {
  const who = authorize(principal, cid, ['referee']);
  const body = parse(LiftCorrection, input);
  const result = competitions.execute(cid, who, { key: `correction:${body.id}`, body: { ...body, liftId } }, (state) =>
    decideCorrection(state, liftId, body),
  );
  return answer(result, { correction: result.event.data });
}

export function voidLift(competitions: Competitions, principal: Principal | null, cid: string, liftId: string, input: unknown): WriteAnswer {
  const who = authorize(principal, cid, ['referee']);
  const body = parse(LiftVoid, input);
  const result = competitions.execute(cid, who, { key: `void:${body.id}`, body: { ...body, liftId } }, (state) => decideVoid(state, liftId, body));
  return answer(result, { void: result.event.data });
}

export function heatAction(competitions: Competitions, principal: Principal | null, cid: string, heatId: string, verb: HeatVerb, input: unknown): WriteAnswer {
  const who = authorize(principal, cid, ['referee']);
  const body = parse(HeatAction, input);
  const idem = body.id ? { key: `heat:${verb}:${body.id}`, body: { ...body, heatId } } : null;
  return answer(competitions.execute(cid, who, idem, (state, now) => decideHeat(state, heatId, verb, body, now)));
}

export function reopenHeat(competitions: Competitions, principal: Principal | null, cid: string, heatId: string, input: unknown): WriteAnswer {
  const who = authorize(principal, cid, ['admin']);
  const body = parse(HeatReopen, input);
  const idem = body.id ? { key: `heat:reopen:${body.id}`, body: { ...body, heatId } } : null;
  return answer(competitions.execute(cid, who, idem, (state) => decideReopen(state, heatId, body)));
}

export function signOff(competitions: Competitions, principal: Principal | null, cid: string, input: unknown): WriteAnswer {
  const who = authorize(principal, cid, ['admin']);
  const body = parse(SignOff, input);
  const idem = body.id ? { key: `official:${body.id}`, body } : null;
  return answer(competitions.execute(cid, who, idem, (state, now) => decideOfficial(state, now)));
}

/** `board/freeze` and `board/reveal`: admin only, optional `{id}` so a retry is not a second freeze. */
export function boardVisibility(competitions: Competitions, principal: Principal | null, cid: string, verb: 'freeze' | 'reveal', input: unknown): WriteAnswer {
  const who = authorize(principal, cid, ['admin']);
  const body = parse(SignOff, input ?? {});
  const idem = body.id ? { key: `board:${verb}:${body.id}`, body } : null;
  return answer(competitions.execute(cid, who, idem, (state) => (verb === 'freeze' ? decideFreeze(state) : decideReveal(state))));
}
