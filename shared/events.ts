import type { LiftChange, LiftValue } from './disciplines/registry.ts';
import type { CompetitionSetup } from './schemas/setup.ts';
import type { SignedHead } from './signedHead.ts';

export type Role = 'admin' | 'referee' | 'station' | 'system';
/** Who did it: a role, and for stations the crane. */
export interface Actor {
  role: Role;
  id?: string;
}

export type LiftSource = 'referee' | 'station';

/** What every reading carries, whatever its discipline. */
export interface LiftEnvelope {
  id: string;
  heatId: string;
  index: number;
  containerNo: string;
  slot?: string;
  cycleTimeS?: number;
}

/** One reading as a station or a referee submitted it: the envelope and the discipline's value. */
export type LiftReading<V = LiftValue> = LiftEnvelope & V & { source: LiftSource };

/** A correction: the fields of the value it changes, and why. */
export type CorrectionData = { id: string; liftId: string; reason: string } & LiftChange;

/** An accounting answer as given: a value for a keyed task, the examiner's points otherwise. */
export interface AnswerData {
  id: string;
  heatId: string;
  taskId: string;
  value?: number;
  points?: number;
}

/** A correction of an answer; heat and task are copied in so the event says whose it is. */
export interface AnswerCorrectionData {
  id: string;
  answerId: string;
  heatId: string;
  taskId: string;
  value?: number;
  points?: number;
  reason: string;
}

export type ProtestDecision = 'upheld' | 'dismissed';

/** A protest against a result: about an operator, a heat, or the results as a whole. */
export interface ProtestData {
  id: string;
  operatorId?: string;
  heatId?: string;
  reason: string;
}

/** Every event type with its data. `at` of heat events is the referee's record of the act. */
export interface EventDataByType {
  /** `salt`: the setup holds a sealed answer key, which the public copy leaves out (see shared/public). */
  'competition.created': { setup: CompetitionSetup; salt?: string };
  'heat.started': { heatId: string; at: string };
  'heat.finished': { heatId: string; at: string };
  'heat.confirmed': { heatId: string };
  'heat.reopened': { heatId: string; reason: string };
  /** `salt`: a secret of its own for an event written while the public may not see it (see shared/public). */
  'lift.recorded': { lift: LiftReading; salt?: string };
  'lift.corrected': CorrectionData & { salt?: string };
  'lift.voided': { id: string; liftId: string; reason: string; salt?: string };
  /** The server's signature over the log as it stood when the results were signed off. */
  'results.official': { signedHead?: SignedHead };
  /** The organizer edited the setup before any heat started (secrets stay outside the log). */
  'competition.updated': { setup: CompetitionSetup; salt?: string };
  /** An accounting answer; marked by the reducer from the task's key, or the examiner's points. */
  'answer.recorded': { answer: AnswerData; salt?: string };
  'answer.corrected': AnswerCorrectionData & { salt?: string };
  'protest.lodged': ProtestData;
  'protest.resolved': { id: string; protestId: string; decision: ProtestDecision; reason?: string };
  /** Public screens stop showing standings changes (e.g. before the last heats); staff screens stay live. */
  'board.frozen': Record<string, never>;
  /** Public screens jump to the live standings again. */
  'board.revealed': Record<string, never>;
}
export type EventType = keyof EventDataByType;

export type NewEvent = { [T in EventType]: { type: T; data: EventDataByType[T] } }[EventType];

/** An event as stored: gapless seq, server time, actor, data, chained hash. */
export type StoredEvent = NewEvent & { seq: number; at: string; actor: Actor; hash: string };
