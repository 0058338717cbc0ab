import { AppError } from '../../shared/commandError.ts';
import { StationKeyReset } from '../../shared/schemas/commands.ts';
import { StationHeartbeat } from '../../shared/schemas/presence.ts';
import { authorize, type Principal } from '../auth/principal.ts';
import type { PresenceRegistry } from '../presence/registry.ts';
import { answered, type Answer } from './answer.ts';
import type { Competitions } from './competitions.ts';
import { parse } from './parse.ts';

// Crane stations: their keys, and the heartbeats that say they are alive.

/** A new key for a crane's station; the old one stops working at once (sockets using it too). */
export function resetStationKey(
  competitions: Competitions,
  principal: Principal | null,
  cid: string,
  craneId: string,
  input: unknown,
): Answer<{ craneId: string; key: string }> {
  authorize(principal, cid, ['admin']);
  // A body with fields is a client that meant something else: refuse it before the old key stops working.
  parse(StationKeyReset, input);
  const state = competitions.get(cid);
  if (!state.setup.cranes.some((c) => c.id === craneId)) throw new AppError('not_found', `unknown crane ${craneId}`);
  return answered({ craneId, key: competitions.stationKeys.reset(cid, craneId) });
}

/** One heartbeat, from a socket or REST: a station token for this competition, then a presence report. */
export function stationHeartbeat(
  competitions: Competitions,
  presence: PresenceRegistry,
  principal: Principal | null,
  input: unknown,
): Answer<{ deviceId: string; intervalMs: number }> {
  const { intervalMs, ...beat } = parse(StationHeartbeat, input);
  competitions.get(beat.competitionId);
  const who = authorize(principal, beat.competitionId, ['station']);
  if (who.role !== 'station') throw new AppError('forbidden', 'only a station heartbeats; it needs its crane key');
  presence.heartbeat({ ...beat, kind: 'station' }, { craneId: who.craneId }, intervalMs);
  return answered({ deviceId: beat.deviceId, intervalMs });
}
