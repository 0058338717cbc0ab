import { PresenceReport } from '../../shared/schemas/presence.ts';
import { authorize, type Principal } from '../auth/principal.ts';
import type { DisplayPairing } from '../presence/displayPairing.ts';
import type { PresenceRegistry } from '../presence/registry.ts';
import { answered, type Answer } from './answer.ts';
import type { Competitions } from './competitions.ts';
import { parse } from './parse.ts';

/** Which role may say it is which kind of device (anyone may be a display). */
const ROLES_FOR_KIND = { referee: ['referee'], station: ['station'], admin: ['admin'], display: null } as const;

/**
 * A device says who it is and how it is doing; the answer counts the competition's devices.
 * A display without a valid pass is not listed: it gets a pairing code to show instead.
 */
export function reportPresence(
  competitions: Competitions,
  presence: PresenceRegistry,
  pairing: DisplayPairing,
  principal: Principal | null,
  input: unknown,
): Answer<{ devices: number; pairingCode?: string }> {
  const { displayPass, ...report } = parse(PresenceReport, input);
  competitions.get(report.competitionId);
  if (report.kind === 'display' && principal?.role !== 'admin' && !pairing.isPaired(report.competitionId, report.deviceId, displayPass)) {
    return answered({ devices: presence.list(report.competitionId).length, pairingCode: pairing.codeFor(report.competitionId, report.deviceId) });
  }
  const roles = ROLES_FOR_KIND[report.kind];
  const who = roles ? authorize(principal, report.competitionId, roles) : principal;
  presence.report(report, who?.role === 'station' ? { craneId: who.craneId } : {});
  return answered({ devices: presence.list(report.competitionId).length });
}
