import { PresenceReport } from '../../shared/schemas/presence.ts';
import { authorize, type Principal } from '../auth/principal.ts';
import type { PresenceRegistry } from '../presence/registry.ts';
import { answered, type Answer } from './answer.ts';
import type { Competitions } from './competitions.ts';
import { parse } from './parse.ts';

/** Which role may say it is which kind of device (anyone may be a display). */
const ROLES_FOR_KIND = { referee: ['referee'], station: ['station'], admin: ['admin'], display: null } as const;

/** A device says who it is and how it is doing; the answer counts the competition's devices. */
export function reportPresence(
  competitions: Competitions,
  presence: PresenceRegistry,
  principal: Principal | null,
  input: unknown,
): Answer<{ devices: number }> {
  const report = parse(PresenceReport, input);
  competitions.get(report.competitionId);
  const roles = ROLES_FOR_KIND[report.kind];
  const who = roles ? authorize(principal, report.competitionId, roles) : principal;
  presence.report(report, who?.role === 'station' ? { craneId: who.craneId } : {});
  return answered({ devices: presence.list(report.competitionId).length });
}
