import { AppError } from './commandError.ts';
import type { NewEvent } from './events.ts';
import { protestWindowEndsAt, protestWindowOpen } from './results.ts';
import type { ProtestLodge, ProtestResolve } from './schemas/commands.ts';
import type { CompetitionSetup } from './schemas/setup.ts';
import type { CompetitionState } from './state.ts';
import { definedOnly, own } from './state.ts';

// Organizer decisions: editing the setup before the start, and protests. Pure, like decide.ts.

function assertNotOfficial(state: CompetitionState): void {
  if (state.status === 'official') throw new AppError('locked', 'results are official; nothing can change');
}

/** The setup may change only while no heat has started; the id never changes. */
export function decideSetupUpdate(state: CompetitionState, setup: CompetitionSetup): NewEvent {
  assertNotOfficial(state);
  if (state.status !== 'setup') throw new AppError('conflict', `the competition is ${state.status}; its setup can change only before the first heat starts`);
  if (setup.id !== state.setup.id) throw new AppError('bad_request', `the id is ${state.setup.id} and cannot change`, 'id');
  return { type: 'competition.updated', data: { setup } };
}

/**
 * A protest may be lodged while heats run, and while results are provisional until the
 * protest window closes. It names an operator, a heat, or neither (the results as a whole).
 */
export function decideProtest(state: CompetitionState, body: ProtestLodge, now: string): NewEvent {
  assertNotOfficial(state);
  if (state.status === 'setup') throw new AppError('conflict', 'no heat has started; there is nothing to protest');
  if (state.status === 'provisional' && !protestWindowOpen(state, now)) {
    const endsAt = protestWindowEndsAt(state);
    throw new AppError('conflict', `the protest window closed at ${endsAt}`);
  }
  if (body.operatorId !== undefined && !state.setup.operators.some((o) => o.id === body.operatorId)) {
    throw new AppError('not_found', `unknown operator ${body.operatorId}`, 'operatorId');
  }
  if (body.heatId !== undefined && !own(state.heats, body.heatId)) throw new AppError('not_found', `unknown heat ${body.heatId}`, 'heatId');
  if (own(state.protests, body.id)) throw new AppError('conflict', `protest ${body.id} already exists`, 'id');
  return { type: 'protest.lodged', data: definedOnly({ ...body }) };
}

/** An organizer upholds or dismisses a protest, once. Upholding changes nothing by itself: corrections do. */
export function decideProtestResolution(state: CompetitionState, protestId: string, body: ProtestResolve): NewEvent {
  assertNotOfficial(state);
  const protest = own(state.protests, protestId);
  if (!protest) throw new AppError('not_found', `unknown protest ${protestId}`);
  if (protest.resolution) throw new AppError('conflict', `protest ${protestId} was already ${protest.resolution.decision}`);
  return { type: 'protest.resolved', data: definedOnly({ id: body.id, protestId, decision: body.decision, reason: body.reason }) };
}
