import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkContainerNo } from '../../shared/iso6346.ts';
import type { PlacementRule } from '../../shared/disciplines/placement/rule.ts';
import { liftScore } from '../../shared/scoring/placement.ts';
import { ContainerField } from './ContainerField.tsx';
import type { HeatView, LiftRow } from './heatView.ts';
import { OffsetStepper } from './OffsetStepper.tsx';
import { ReasonPicker } from './ReasonPicker.tsx';
import { useReferee } from './refereeStore.ts';
import { SlotTarget } from './SlotTarget.tsx';
import { nextSlot } from './slots.ts';
import { Toggles } from './Toggles.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';

interface Draft {
  containerNo: string;
  slot: string;
  dxMm: number;
  dyMm: number;
  penalties: string[];
  dropped: boolean;
}

const EMPTY: Draft = { containerNo: '', slot: '', dxMm: 0, dyMm: 0, penalties: [], dropped: false };

/** What the form starts from for a lift: the station's reading when there is one. */
function draftFor(row: LiftRow | undefined, lastSlot: string | undefined): Draft {
  if (row?.station) {
    const s = row.station;
    return { containerNo: s.containerNo, slot: s.slot ?? '', dxMm: s.dxMm, dyMm: s.dyMm, penalties: [...s.penalties], dropped: s.dropped };
  }
  return { ...EMPTY, slot: nextSlot(lastSlot) };
}

/** The lift entry: index, container, slot, offsets, penalties, live score, send. */
export function LiftForm({ competitionId, view, rule }: { competitionId: string; view: HeatView; rule: PlacementRule }) {
  const { t } = useTranslation();
  const submitLift = useReferee((s) => s.submitLift);
  const correct = useReferee((s) => s.correct);
  const [pickedIndex, setPickedIndex] = useState<number | null>(null);
  const index = pickedIndex ?? view.nextIndex;
  const row = view.rows.find((r) => r.index === index);
  const lastSlot = [...view.rows].reverse().find((r) => r.referee)?.slot;
  const [draft, setDraft] = useState<Draft>(() => draftFor(row, lastSlot));
  const [draftFor_, setDraftFor] = useState(`${view.heat.id}#${index}`);
  const [confirming, setConfirming] = useState<null | 'station' | 'referee'>(null);
  const [reason, setReason] = useState('');

  // A new heat or index starts from that lift's station reading (or blank).
  const key = `${view.heat.id}#${index}`;
  if (key !== draftFor_) {
    setDraftFor(key);
    setDraft(draftFor(row, lastSlot));
  }
  const patch = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const check = checkContainerNo(draft.containerNo);
  const accepting = view.heat.status === 'running' || view.heat.status === 'finished';
  const score = liftScore(rule, draft);

  const send = async () => {
    if (!check.ok) return;
    await submitLift(competitionId, { heatId: view.heat.id, index, ...draft, containerNo: check.normalized });
    setPickedIndex(null);
    setConfirming(null);
    setDraft({ ...EMPTY, slot: nextSlot(draft.slot) });
  };
  const sendCorrection = async () => {
    if (!row || !reason.trim()) return;
    await correct(competitionId, row.liftId, { dxMm: draft.dxMm, dyMm: draft.dyMm, penalties: draft.penalties, dropped: draft.dropped }, reason.trim());
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
      <div className="offsets">
        <div className="steppers">
          <OffsetStepper label="dx" testId="dx" value={draft.dxMm} onChange={(dxMm) => patch({ dxMm })} />
          <OffsetStepper label="dy" testId="dy" value={draft.dyMm} onChange={(dyMm) => patch({ dyMm })} />
          <Toggles
            penaltyNames={Object.keys(rule.penalties)}
            penalties={draft.penalties}
            dropped={draft.dropped}
            onPenalties={(penalties) => patch({ penalties })}
            onDropped={(dropped) => patch({ dropped })}
          />
        </div>
        <SlotTarget dxMm={draft.dxMm} dyMm={draft.dyMm} fullMarksWithinMm={rule.fullMarksWithinMm} onPick={(dxMm, dyMm) => patch({ dxMm, dyMm })} />
      </div>
      <div className="send-row">
        <div className="score-preview">
          <span className="field-label">{t('referee.lift.score')}</span>
          <output data-testid="score-preview">{score.toFixed(1)}</output>
        </div>
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
