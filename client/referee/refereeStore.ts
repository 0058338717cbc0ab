import { create } from 'zustand';
import type { HeatVerb } from '../../shared/decide.ts';
import type { LiftValue } from '../../shared/state.ts';
import type { LiftBody } from '../outbox/entry.ts';
import { useOutbox } from '../outbox/outboxStore.ts';
import { serverNow } from './clockStore.ts';
import { newClientId } from './ids.ts';

/** A lift as a form made it: where it belongs, and its discipline's reading fields. */
export type LiftDraft = LiftValue & {
  heatId: string;
  index: number;
  containerNo: string;
  slot: string;
};

/** An exam answer from the keypad: a value for a keyed task, the examiner's points otherwise. */
export type AnswerInput = { value: number } | { points: number };

interface RefereeState {
  heatId: string | null;
  /** The lift whose history and correction panel is open. */
  openLiftKey: string | null;
  pickHeat(competitionId: string, heatId: string | null): void;
  openLift(key: string | null): void;
  heatAction(competitionId: string, heatId: string, verb: HeatVerb, at?: number): Promise<void>;
  submitLift(competitionId: string, draft: LiftDraft): Promise<void>;
  correct(competitionId: string, liftId: string, change: Partial<LiftValue>, reason: string): Promise<void>;
  voidLift(competitionId: string, liftId: string, reason: string): Promise<void>;
  answer(heatId: string, taskId: string, input: AnswerInput): Promise<void>;
  correctAnswer(answerId: string, input: AnswerInput, reason: string): Promise<void>;
}

const heatKey = (cid: string) => `gauge.referee.heat.${cid}`;

/** The referee's acts: each becomes an outbox entry with a fresh client id. */
export const useReferee = create<RefereeState>()((set) => ({
  heatId: null,
  openLiftKey: null,
  pickHeat(competitionId, heatId) {
    if (heatId) localStorage.setItem(heatKey(competitionId), heatId);
    else heatId = localStorage.getItem(heatKey(competitionId));
    set({ heatId, openLiftKey: null });
  },
  openLift(key) {
    set({ openLiftKey: key });
  },
  // The outbox is open for the page's competition; `competitionId` is kept in these
  // signatures for the components that call them.
  async heatAction(_competitionId, heatId, verb, at) {
    // The act's time on the server's clock, so the heat clock agrees across tablets and board.
    const when = new Date(at ?? serverNow()).toISOString();
    const body = verb === 'confirm' ? { id: newClientId(verb) } : { id: newClientId(verb), at: when };
    await useOutbox.getState().enqueue({ kind: 'heat', heatId, verb, body });
  },
  async submitLift(_competitionId, draft) {
    // The discipline's reading fields travel as the entry form made them.
    const { heatId, index, containerNo, slot, ...reading } = draft;
    const body: LiftBody = { id: newClientId('lift'), heatId, index, containerNo, ...reading };
    if (slot.trim()) body.slot = slot.trim();
    await useOutbox.getState().enqueue({ kind: 'lift', body });
  },
  async correct(_competitionId, liftId, change, reason) {
    await useOutbox.getState().enqueue({ kind: 'correction', liftId, body: { id: newClientId('corr'), ...change, reason } });
  },
  async voidLift(_competitionId, liftId, reason) {
    await useOutbox.getState().enqueue({ kind: 'void', liftId, body: { id: newClientId('void'), reason } });
  },
  async answer(heatId, taskId, input) {
    await useOutbox.getState().enqueue({ kind: 'answer', body: { id: newClientId('answer'), heatId, taskId, ...input } });
  },
  async correctAnswer(answerId, input, reason) {
    await useOutbox.getState().enqueue({ kind: 'answerCorrection', answerId, body: { id: newClientId('acorr'), ...input, reason } });
  },
}));
