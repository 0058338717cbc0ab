import type { HeatVerb } from '../../shared/decide.ts';
import type { HeatAction, LiftVoid } from '../../shared/schemas/commands.ts';

// What the tablet queues: typed commands, not URLs. send.ts turns a command into its
// request (one table, kind → path); heatView.ts folds unsent commands over the live state.

/** A reading for POST /lifts. Beyond id, heat and index its fields are the discipline's. */
export type LiftBody = Record<string, unknown> & { id: string; heatId: string; index: number };
/** A correction: the fields it changes (the discipline's) and why. */
export type CorrectionBody = Record<string, unknown> & { id: string; reason: string };
/** An exam answer for POST /answers: `value` on a task with an answer key, else the examiner's `points`. */
export type AnswerBody = { id: string; heatId: string; taskId: string; value?: number; points?: number };
/** A changed answer: the new value or points, and why. */
export type AnswerCorrectionBody = { id: string; value?: number; points?: number; reason: string };
/** start and finish carry the act's time on the server's clock; confirm carries only its id. */
export type HeatBody = HeatAction & { id: string };

/** The commands by kind, with what each needs besides its body (the ids in its URL). */
interface Commands {
  lift: { body: LiftBody };
  heat: { heatId: string; verb: HeatVerb; body: HeatBody };
  correction: { liftId: string; body: CorrectionBody };
  void: { liftId: string; body: LiftVoid };
  answer: { body: AnswerBody };
  answerCorrection: { answerId: string; body: AnswerCorrectionBody };
}

export type CommandKind = keyof Commands;

/** One referee act. `body.id` is the client id: the server's idempotency key for a retry. */
export type OutboxCommand<K extends CommandKind = CommandKind> = { [P in K]: { kind: P } & Commands[P] }[K];

/** The envelope the outbox keeps around a command until the server acknowledges it. */
export interface EntryEnvelope {
  /** The command's `body.id`, so a retry is recognised as the same write. */
  id: string;
  competitionId: string;
  /** Epoch ms of the tap that made it. */
  createdAt: number;
  /**
   * 'acked' entries stay until the live state (and so the saved snapshot) holds their
   * event: an ack can arrive before the live feed delivers it, and a reload in that gap
   * must not lose the lift from the screen (or propose its index again).
   */
  state: 'pending' | 'rejected' | 'acked';
  ackedAt?: number;
  attempts: number;
  /** Why the server refused it (final 4xx), shown to the referee. */
  rejection?: { status: number; code: string; message: string };
}

/** One write the referee made, kept on the tablet until the server acknowledges it. */
export type OutboxEntry<K extends CommandKind = CommandKind> = EntryEnvelope & OutboxCommand<K>;

/** An entry the server has acknowledged whose event the live state may not hold yet. */
export type AckedEntry = OutboxEntry & { state: 'acked'; ackedAt: number };
