import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { disciplineOf, type LiftValue, type Rule } from '../../shared/disciplines/registry.ts';
import { checkContainerNo } from '../../shared/iso6346.ts';
import { disciplineView } from '../disciplines/registry.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { ContainerField } from './ContainerField.tsx';
import type { HeatView, LiftRow } from './heatView.ts';
import { ReasonPicker } from './ReasonPicker.tsx';
import { useReferee } from './refereeStore.ts';
import { nextSlot } from './slots.ts';

interface Draft {
  containerNo: string;
  slot: string;
  /** The discipline's reading fields. */
  value: LiftValue;
}

/** What the form starts from for a lift: the station's reading when there is one. */
function draftFor(rule: Rule, row: LiftRow | undefined, lastSlot: string | undefined): Draft {
  const s = row?.station;
  if (s) return { containerNo: s.containerNo, slot: s.slot ?? '', value: disciplineOf(rule).valueOf(s) };
  return { containerNo: '', slot: nextSlot(lastSlot), value: disciplineView(rule).emptyValue };
}

/** The lift entry: index, container, slot, the discipline's reading fields, live score, send. */
export function LiftForm({ competitionId, view, rule }: { competitionId: string; view: HeatView; rule: Rule }) {
  const { t } = useTranslation();
  const { EntryFields, previewScore, emptyValue } = disciplineView(rule);
  const submitLift = useReferee((s) => s.submitLift);
  const correct = useReferee((s) => s.correct);
  const [pickedIndex, setPickedIndex] = useState<number | null>(null);
  const index = pickedIndex ?? view.nextIndex;
  const row = view.rows.find((r) => r.index === index);
  const lastSlot = [...view.rows].reverse().find((r) => r.referee)?.slot;
  const [draft, setDraft] = useState<Draft>(() => draftFor(rule, row, lastSlot));
  const [draftFor_, setDraftFor] = useState(`${view.heat.id}#${index}`);
  const [confirming, setConfirming] = useState<null | 'station' | 'referee'>(null);
  const [reason, setReason] = useState('');

  // A new heat or index starts from that lift's station reading (or blank).
  const key = `${view.heat.id}#${index}`;
  if (key !== draftFor_) {
    setDraftFor(key);
    setDraft(draftFor(rule, row, lastSlot));
  }
  const patch = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const patchValue = (change: Partial<LiftValue>) => setDraft((d) => ({ ...d, value: { ...d.value, ...change } }));
  const check = checkContainerNo(draft.containerNo);
  const accepting = view.heat.status === 'running' || view.heat.status === 'finished';
  const score = previewScore(rule, draft.value);

  const send = async () => {
    if (!check.ok) return;
    await submitLift(competitionId, { heatId: view.heat.id, index, containerNo: check.normalized, slot: draft.slot, ...draft.value });
    setPickedIndex(null);
    setConfirming(null);
    setDraft({ containerNo: '', slot: nextSlot(draft.slot), value: emptyValue });
  };
  const sendCorrection = async () => {
    if (!row || !reason.trim()) return;
    // The whole reading as the change: what the referee sees is what the lift holds.
    await correct(competitionId, row.liftId, draft.value, reason.trim());
    setPickedIndex(null);
    setConfirming(null);
    setReason('');
  };
  const onSend = () => {
    if (row?.referee) setConfirming('referee');
    else if (row?.station) setConfirming('station');
    else void send();
  };

  if (!accepting) {
    return <section className="lift-form panel muted-panel" data-testid="lift-form-closed">{view.heat.status === 'confirmed' ? '🔒 ' : ''}{t(view.heat.status === 'confirmed' ? 'referee.heat.lockedNote' : 'referee.lift.notStarted')}</section>;
  }
  return (
    <section className="lift-form panel" data-testid="lift-form">
      <div className="form-row">
        <div className="index-picker">
          <span className="field-label">{t('referee.lift.index')}</span>
          <button type="button" className="step" onClick={() => setPickedIndex(Math.max(1, index - 1))}>−</button>
          <output className="index-value" data-testid="lift-index">{index}</output>
          <button type="button" className="step" onClick={() => setPickedIndex(Math.min(view.liftsPerHeat, index + 1))}>+</button>
        </div>
        <label className="field slot-field">
          <span className="field-label">{t('referee.lift.slot')}</span>
          <input data-testid="slot" value={draft.slot} maxLength={40} onChange={(e) => patch({ slot: e.target.value.toUpperCase() })} />
        </label>
      </div>
      <ContainerField value={draft.containerNo} onChange={(containerNo) => patch({ containerNo })} />
      <EntryFields rule={rule} value={draft.value} onChange={patchValue} />
      <div className="send-row">
        {score !== null && (
          <div className="score-preview">
            <span className="field-label">{t('referee.lift.score')}</span>
            <output data-testid="score-preview">{score.toFixed(1)}</output>
          </div>
        )}
        <button type="button" className="big primary-btn send" data-testid="send-lift" disabled={!check.ok} onClick={onSend}>
          {t('referee.lift.send', { index })}
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          testId="overwrite-dialog"
          proceedTestId="overwrite-proceed"
          title={t('referee.lift.overwriteTitle', { index })}
          proceedLabel={t(confirming === 'station' ? 'referee.lift.replace' : 'referee.lift.sendCorrection')}
          proceedDisabled={confirming === 'referee' && !reason.trim()}
          onCancel={() => setConfirming(null)}
          onProceed={() => void (confirming === 'station' ? send() : sendCorrection())}
        >
          <p>{t(confirming === 'station' ? 'referee.lift.overwriteStation' : 'referee.lift.overwriteReferee', { index })}</p>
          {confirming === 'referee' && <ReasonPicker value={reason} onChange={setReason} />}
        </ConfirmDialog>
      )}
    </section>
  );
}
