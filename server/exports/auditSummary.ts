import { disciplineOfHeat } from '../../shared/disciplines/ofSetup.ts';
import { disciplineOf } from '../../shared/disciplines/registry.ts';
import type { StoredEvent } from '../../shared/events.ts';
import type { CompetitionSetup } from '../../shared/schemas/setup.ts';

/** One line per event for the audit sheet: what happened, in the rule's words (a reading's in its heat's discipline's). */
export function auditSummary(event: StoredEvent, setup: CompetitionSetup): string {
  switch (event.type) {
    case 'competition.created':
    case 'competition.updated':
      return `${event.data.setup.id}: ${event.data.setup.operators.length} operators, ${event.data.setup.heats.length} heats`;
    case 'heat.started':
    case 'heat.finished':
      return `${event.data.heatId} at ${event.data.at}`;
    case 'heat.confirmed':
      return event.data.heatId;
    case 'heat.reopened':
      return `${event.data.heatId}: ${event.data.reason}`;
    case 'lift.recorded': {
      const l = event.data.lift;
      const discipline = disciplineOf(disciplineOfHeat(setup, l.heatId).rule);
      const reading = discipline.auditText(discipline.valueOf(l));
      return `${[l.heatId, `#${l.index}`, l.source, l.containerNo, reading].filter(Boolean).join(' ')} (${l.id})`;
    }
    case 'lift.corrected': {
      const { id: _id, liftId, reason, salt: _salt, ...change } = event.data;
      return `${liftId} ${JSON.stringify(change)}: ${reason}`;
    }
    case 'lift.voided':
      return `${event.data.liftId}: ${event.data.reason}`;
    case 'answer.recorded': {
      const a = event.data.answer;
      const given = a.value !== undefined ? `value ${a.value}` : `points ${a.points}`;
      return `${a.heatId} ${a.taskId} ${given} (${a.id})`;
    }
    case 'answer.corrected': {
      const given = event.data.value !== undefined ? `value ${event.data.value}` : `points ${event.data.points}`;
      return `${event.data.answerId} (${event.data.heatId} ${event.data.taskId}) ${given}: ${event.data.reason}`;
    }
    case 'results.official':
      return 'results signed off';
    case 'protest.lodged': {
      const about = [event.data.operatorId, event.data.heatId].filter(Boolean).join(' ') || 'results';
      return `${event.data.id} (${about}): ${event.data.reason}`;
    }
    case 'protest.resolved':
      return `${event.data.protestId} ${event.data.decision}${event.data.reason ? `: ${event.data.reason}` : ''}`;
    default:
      // Event types added by other features still get a line.
      return JSON.stringify((event as { data: unknown }).data).slice(0, 200);
  }
}
