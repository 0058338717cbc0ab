import { decideProtest, decideProtestResolution, decideSetupUpdate } from '../../shared/decideAdmin.ts';
import { ProtestLodge, ProtestResolve, StationKeyReset } from '../../shared/schemas/commands.ts';
import { SetupEdit } from '../../shared/schemas/setup.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { authorize, type Principal } from '../auth/principal.ts';
import { parse } from '../http/parse.ts';
import type { WriteAnswer } from './commands.ts';
import type { Competitions } from './registry.ts';

// Organizer commands beside commands.ts: setup edits, station keys, protests.

export function editSetup(
  competitions: Competitions,
  principal: Principal | null,
  cid: string,
  input: unknown,
): { state: CompetitionState; stationKeys: Record<string, string> } {
  const who = authorize(principal, cid, ['admin']);
  const document = parse(SetupEdit, input);
  return competitions.updateSetup(cid, who, document, decideSetupUpdate);
}

export function resetStationKey(competitions: Competitions, principal: Principal | null, cid: string, craneId: string, input: unknown): string {
  authorize(principal, cid, ['admin']);
  // A body with fields is a client that meant something else: refuse it before the old key stops working.
  parse(StationKeyReset, input);
  return competitions.resetStationKey(cid, craneId);
}

/** Organizers record protests; a referee may lodge one from the tablet too. */
export function lodgeProtest(competitions: Competitions, principal: Principal | null, cid: string, input: unknown): WriteAnswer {
  const who = authorize(principal, cid, ['admin', 'referee']);
  const body = parse(ProtestLodge, input);
  const { event, replayed } = competitions.execute(cid, who, { key: `protest:${body.id}`, body }, (state, now) => decideProtest(state, body, now));
  return { replayed, body: { seq: event.seq, protest: event.data } };
}

export function resolveProtest(competitions: Competitions, principal: Principal | null, cid: string, protestId: string, input: unknown): WriteAnswer {
  const who = authorize(principal, cid, ['admin']);
  const body = parse(ProtestResolve, input);
  const { event, replayed } = competitions.execute(cid, who, { key: `protest-resolution:${body.id}`, body: { ...body, protestId } }, (state) =>
    decideProtestResolution(state, protestId, body),
  );
  return { replayed, body: { seq: event.seq, resolution: event.data } };
}
