import type { TFunction } from 'i18next';
import type { StoredEvent } from '../../shared/events.ts';
import type { Language } from '../../shared/schemas/common.ts';
import { apply } from '../../shared/reducer.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { own } from '../../shared/state.ts';
import { operatorName } from './names.ts';

// The audit trail in words: one sentence per event, told from the state just before it, so a
// correction can say what it changed from ("dx 12 → 8 mm"). Pure: the log, a language, a t().

/** What a placement or transshipment value may hold; a change gives some of these. */
interface AnyValue {
  dxMm?: number;
  dyMm?: number;
  penalties?: string[];
  dropped?: boolean;
  fromSlot?: string;
  toSlot?: string;
}

const penaltyName = (penalty: string, t: TFunction): string => t(`referee.penalty.${penalty}`, { defaultValue: penalty });
const penaltiesText = (list: readonly string[] | undefined, t: TFunction): string =>
  list?.length ? list.map((p) => penaltyName(p, t)).join(', ') : t('admin.audit.none');
const yesNo = (flag: boolean | undefined, t: TFunction): string => t(flag ? 'admin.audit.yes' : 'admin.audit.no');

/** A reading's value: "dx 4 · dy 3 mm · penalties: collision · dropped". */
export function valueText(value: AnyValue, t: TFunction): string {
  const parts: string[] = [];
  if (value.dxMm !== undefined || value.dyMm !== undefined) parts.push(`dx ${value.dxMm ?? 0} · dy ${value.dyMm ?? 0} mm`);
  if (value.fromSlot || value.toSlot) parts.push(`${t('admin.audit.fromSlot')} ${value.fromSlot ?? '—'} ${t('admin.audit.toSlot')} ${value.toSlot ?? '—'}`);
  if (value.penalties?.length) parts.push(`${t('admin.audit.penalties')}: ${penaltiesText(value.penalties, t)}`);
  if (value.dropped) parts.push(t('admin.audit.dropped'));
  return parts.join(' · ') || t('admin.audit.none');
}

/** Each field a correction gives, from what the lift held before: "dx 12 → 8 mm, dy 3 → 3 mm". */
export function changeText(before: AnyValue | undefined, change: AnyValue, t: TFunction): string {
  const parts: string[] = [];
  const arrow = (label: string, from: string, to: string, unit = '') => parts.push(`${label} ${from} → ${to}${unit}`);
  const num = (n: number | undefined) => (n === undefined ? '—' : String(n));
  if (change.dxMm !== undefined) arrow('dx', num(before?.dxMm), String(change.dxMm), ' mm');
  if (change.dyMm !== undefined) arrow('dy', num(before?.dyMm), String(change.dyMm), ' mm');
  if (change.penalties !== undefined) arrow(`${t('admin.audit.penalties')}:`, penaltiesText(before?.penalties, t), penaltiesText(change.penalties, t));
  if (change.dropped !== undefined) arrow(`${t('admin.audit.dropped')}:`, yesNo(before?.dropped, t), yesNo(change.dropped, t));
  if (change.fromSlot !== undefined) arrow(`${t('admin.audit.fromSlot')}:`, before?.fromSlot ?? '—', change.fromSlot);
  if (change.toSlot !== undefined) arrow(`${t('admin.audit.toSlot')}:`, before?.toSlot ?? '—', change.toSlot);
  return parts.join(', ');
}

/** The operator of a heat by name in the language ("王建国"), else the id; '—' when unknown. */
function operatorOfHeat(state: CompetitionState | null, heatId: string, language: Language): string {
  const operatorId = state && own(state.heats, heatId)?.operatorId;
  return operatorId ? operatorName(state.setup, operatorId, language) : '—';
}

/** The sentence for one event, given the state just before it (null before competition.created). */
export function auditSentence(event: StoredEvent, before: CompetitionState | null, language: Language, t: TFunction): string {
  const heat = (heatId: string) => ({ heat: heatId, operator: operatorOfHeat(before, heatId, language) });
  const liftById = (liftId: string) => {
    const key = before && own(before.liftKeyById, liftId);
    return key === undefined || key === null || !before ? undefined : own(before.lifts, key);
  };
  switch (event.type) {
    case 'competition.created':
      return t('admin.audit.event.created');
    case 'competition.updated':
      return t('admin.audit.event.updated');
    case 'heat.started':
      return t('admin.audit.event.heatStarted', heat(event.data.heatId));
    case 'heat.finished':
      return t('admin.audit.event.heatFinished', heat(event.data.heatId));
    case 'heat.confirmed':
      return t('admin.audit.event.heatConfirmed', heat(event.data.heatId));
    case 'heat.reopened':
      return t('admin.audit.event.heatReopened', heat(event.data.heatId));
    case 'lift.recorded': {
      const { lift } = event.data;
      const source = t(`admin.audit.source.${lift.source}`);
      return t('admin.audit.event.liftRecorded', { ...heat(lift.heatId), index: lift.index, source, value: valueText(lift as AnyValue, t) });
    }
    case 'lift.corrected': {
      const lift = liftById(event.data.liftId);
      const { id: _id, liftId, reason: _reason, salt: _salt, ...change } = event.data;
      const where = lift ? { ...heat(lift.heatId), index: lift.index } : { heat: '—', operator: '—', index: liftId };
      return t('admin.audit.event.liftCorrected', { ...where, change: changeText(lift?.value as AnyValue | undefined, change as AnyValue, t) });
    }
    case 'lift.voided': {
      const lift = liftById(event.data.liftId);
      const where = lift ? { ...heat(lift.heatId), index: lift.index } : { heat: '—', operator: '—', index: event.data.liftId };
      return t('admin.audit.event.liftVoided', where);
    }
    case 'results.official':
      return t('admin.audit.event.official');
    case 'answer.recorded': {
      const { answer } = event.data;
      return t('admin.audit.event.answerRecorded', { ...heat(answer.heatId), task: answer.taskId, value: answerText(answer, t) });
    }
    case 'answer.corrected':
      return t('admin.audit.event.answerCorrected', { ...heat(event.data.heatId), task: event.data.taskId, value: answerText(event.data, t) });
    case 'protest.lodged': {
      const { operatorId, heatId } = event.data;
      const who = operatorId && before ? operatorName(before.setup, operatorId, language) : operatorId;
      const about = [who, heatId && t('admin.audit.aboutHeat', { heat: heatId })].filter(Boolean).join(', ');
      return t('admin.audit.event.protestLodged', { id: event.data.id, about: about || t('admin.audit.aboutResults') });
    }
    case 'protest.resolved':
      return t('admin.audit.event.protestResolved', { id: event.data.protestId, decision: t(`admin.audit.decision.${event.data.decision}`) });
    case 'board.frozen':
      return t('admin.audit.event.boardFrozen');
    case 'board.revealed':
      return t('admin.audit.event.boardRevealed');
    default:
      return t('admin.audit.event.other', { type: (event as StoredEvent).type });
  }
}

const answerText = (answer: { value?: number; points?: number }, t: TFunction): string =>
  answer.value !== undefined ? t('admin.audit.answer', { value: answer.value }) : t('admin.audit.points', { points: answer.points ?? 0 });

/** The reason an event gives (a correction, a void, a reopening, a protest…), if any. */
export const reasonOf = (event: StoredEvent): string | undefined => {
  const reason = (event.data as { reason?: unknown }).reason;
  return typeof reason === 'string' && reason ? reason : undefined;
};

export interface AuditLine {
  event: StoredEvent;
  sentence: string;
  reason?: string;
}

/** The whole log in words, oldest first: folds the log once, each sentence from the state before its event. */
export function auditLines(events: readonly StoredEvent[], language: Language, t: TFunction): AuditLine[] {
  let state: CompetitionState | null = null;
  return events.map((event) => {
    const sentence = auditSentence(event, state, language, t);
    try {
      state = apply(state, event);
    } catch {
      // A log that does not start at competition.created (never from the server): later sentences use ids.
    }
    const reason = reasonOf(event);
    return reason ? { event, sentence, reason } : { event, sentence };
  });
}
