import type { StoredEvent } from '../../shared/events.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { own } from '../../shared/state.ts';

export interface AuditFilter {
  heatId: string;
  operatorId: string;
  /** 'admin' | 'referee' | 'station' | 'station:<crane>' | '' */
  actor: string;
}

/** The heat an event is about, if any: directly, through its lift, or through the lift it corrects. */
export function heatOfEvent(event: StoredEvent, state: CompetitionState | null): string | undefined {
  const data = event.data as { heatId?: string; lift?: { heatId: string }; liftId?: string };
  if (data.heatId) return data.heatId;
  if (data.lift) return data.lift.heatId;
  if (data.liftId && state) {
    const key = own(state.liftKeyById, data.liftId);
    return key === undefined ? undefined : own(state.lifts, key)?.heatId;
  }
  return undefined;
}

export const actorLabel = (event: StoredEvent): string => (event.actor.id ? `${event.actor.role}:${event.actor.id}` : event.actor.role);

/** Events matching every filter given; an empty filter matches all. */
export function filterAudit(events: readonly StoredEvent[], state: CompetitionState | null, filter: AuditFilter): StoredEvent[] {
  return events.filter((event) => {
    const heatId = heatOfEvent(event, state);
    if (filter.heatId && heatId !== filter.heatId) return false;
    if (filter.operatorId) {
      const operatorOfHeat = heatId && state ? own(state.heats, heatId)?.operatorId : undefined;
      const named = (event.data as { operatorId?: string }).operatorId;
      if (operatorOfHeat !== filter.operatorId && named !== filter.operatorId) return false;
    }
    if (filter.actor && actorLabel(event) !== filter.actor && event.actor.role !== filter.actor) return false;
    return true;
  });
}
