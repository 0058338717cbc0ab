import { z } from 'zod';
import { decideCorrection, decideLift, decideVoid } from '../../shared/decide.ts';
import { disciplineOfHeat, disciplinesOf } from '../../shared/disciplines/ofSetup.ts';
import { disciplineOf } from '../../shared/disciplines/registry.ts';
import type { LiftReading } from '../../shared/events.ts';
import { liftCorrectionFor, liftSubmissionFor, LiftVoid, type AnyLiftCorrection, type LiftBody } from '../../shared/schemas/commands.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { own } from '../../shared/state.ts';
import { authorize, type Principal } from '../auth/principal.ts';
import { written, type WriteAnswer } from './answer.ts';
import type { Competitions } from './competitions.ts';
import { parse } from './parse.ts';

// Lifts: a reading recorded, corrected or voided. Each command, shared by REST routes and
// socket events: authorize → parse → execute (decide, commit, apply, broadcast) → answer.
// A body is parsed by its heat's discipline, known once the competition is.

const heatOfBody = z.looseObject({ heatId: z.string() });

/** The discipline whose fields a lift body must have: its heat's, else the competition's first (the command then says the heat is unknown). */
function disciplineForBody(state: CompetitionState, input: unknown) {
  const heatId = heatOfBody.safeParse(input).data?.heatId;
  const known = heatId !== undefined && Object.hasOwn(state.heats, heatId);
  const discipline = known ? disciplineOfHeat(state.setup, heatId) : disciplinesOf(state.setup).find((d) => disciplineOf(d.rule).takesLifts);
  return disciplineOf(discipline?.rule ?? state.setup.rule ?? { kind: 'placement' });
}

/** Lifts come in streams from stations and tablets, so they commit in groups (see `CompetitionStates.submit`). */
export async function recordLift(competitions: Competitions, principal: Principal | null, cid: string, input: unknown): Promise<WriteAnswer> {
  const who = authorize(principal, cid, ['referee', 'station']);
  const body = parse(liftSubmissionFor(disciplineForBody(competitions.get(cid), input)), input) as LiftBody;
  // Who wrote it is part of the body for idempotency: another writer reusing an id is a conflict, not a replay.
  const by = who.role === 'station' ? `station:${who.craneId}` : who.role;
  const result = await competitions.submit(cid, who, { key: `lift:${body.id}`, body: { ...body, by } }, (state) =>
    decideLift(state, { role: who.role, id: who.role === 'station' ? who.craneId : undefined }, body),
  );
  if (result.event.type !== 'lift.recorded') throw new Error('unexpected event for a lift');
  const lift: LiftReading = result.event.data.lift;
  return written(result, { lift });
}

/** A correction is parsed by the discipline of the lift it corrects (an unknown lift: the command says so). */
function correctionSchemaFor(state: CompetitionState, liftId: string) {
  const key = own(state.liftKeyById, liftId);
  const lift = key === undefined ? undefined : own(state.lifts, key);
  const rule = lift ? disciplineOfHeat(state.setup, lift.heatId).rule : (disciplinesOf(state.setup)[0]?.rule ?? { kind: 'placement' as const });
  return liftCorrectionFor(disciplineOf(rule));
}

export function correctLift(competitions: Competitions, principal: Principal | null, cid: string, liftId: string, input: unknown): WriteAnswer {
  const who = authorize(principal, cid, ['referee']);
  const body = parse(correctionSchemaFor(competitions.get(cid), liftId), input) as AnyLiftCorrection;
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
