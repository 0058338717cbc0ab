import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { disciplineOf, type LiftValue, type Rule } from '../../shared/disciplines/registry.ts';
import { disciplineView } from '../disciplines/registry.ts';
import { useOutbox } from '../outbox/outboxStore.ts';
import type { CompetitionSetup } from '../../shared/schemas/setup.ts';
import type { LiftRow } from './heatView.ts';
import { LiftHistory } from './LiftHistory.tsx';
import { ReasonPicker } from './ReasonPicker.tsx';
import { useReferee } from './refereeStore.ts';

/** One lift: its readings, history, and the referee's confirm / correct / void. */
export function LiftDetail({ competitionId, row, rule, setup, locked }: { competitionId: string; row: LiftRow; rule: Rule; setup: CompetitionSetup; locked: boolean }) {
  const { t } = useTranslation();
  const { CorrectionFields, valueText } = disciplineView(rule);
  const { openLift, correct, voidLift, submitLift } = useReferee();
  const dismiss = useOutbox((s) => s.dismiss);
  const [mode, setMode] = useState<'view' | 'correct' | 'void'>('view');
  const [change, setChange] = useState<LiftValue>({ ...row.value });
  const [reason, setReason] = useState('');
  const close = () => openLift(null);
  const station = row.station;
  const hasReferee = row.referee !== undefined;
  const acceptsWrites = !locked && !row.voided && row.liftId !== '';

  const confirmStation = async () => {
    if (!station) return;
    await submitLift(competitionId, { heatId: station.heatId, index: station.index, containerNo: station.containerNo, slot: station.slot ?? '', ...disciplineOf(rule).valueOf(station) });
    close();
  };
  const send = async () => {
    if (!reason.trim()) return;
    if (mode === 'correct') await correct(competitionId, row.liftId, change, reason.trim());
    else await voidLift(competitionId, row.liftId, reason.trim());
    close();
  };

  return (
    <div className="modal-backdrop" role="dialog" data-testid="lift-detail">
      <div className="modal wide">
        <header className="modal-header">
          <h2>{t('referee.lift.index')} {row.index} · {row.containerNo} {row.slot ? `· ${row.slot}` : ''}</h2>
          <button type="button" className="big secondary-btn" data-testid="detail-close" onClick={close}>{t('referee.detail.close')}</button>
        </header>
        <div className="readings">
          <div className="reading">
            <span className="field-label">{t('referee.detail.stationReading')}</span>
            <strong>{station ? valueText(station) : '—'}</strong>
          </div>
          <div className="reading">
            <span className="field-label">{t('referee.detail.counts')}</span>
            <strong data-testid="detail-value">{valueText(row.value)} · {row.score.toFixed(1)}</strong>
          </div>
          {row.disputed && <div className="badge-disputed lift-badge" data-testid="disputed">{t('referee.list.disputed')}</div>}
          {row.voided && <div className="badge-voided lift-badge">{t('referee.list.voided')}</div>}
        </div>
        {row.outbox.filter((e) => e.state === 'rejected').map((e) => (
          <div key={e.id} className="rejection" data-testid="rejection">
            {t('referee.detail.rejected')}: {e.rejection?.message}
            <button type="button" className="chip" onClick={() => void dismiss(e.id)}>{t('referee.detail.dismiss')}</button>
          </div>
        ))}
        {row.live && <LiftHistory history={row.live.history} rule={rule} setup={setup} />}
        {mode === 'view' && acceptsWrites && (
          <div className="modal-actions">
            {station && !hasReferee && (
              <button type="button" className="big primary-btn" data-testid="confirm-station" onClick={() => void confirmStation()}>
                {t('referee.list.confirmStation')}
              </button>
            )}
            {hasReferee || station ? (
              <button type="button" className="big secondary-btn" data-testid="start-correction" onClick={() => setMode('correct')}>{t('referee.detail.correct')}</button>
            ) : null}
            <button type="button" className="big danger-btn" data-testid="start-void" onClick={() => setMode('void')}>{t('referee.detail.void')}</button>
          </div>
        )}
        {mode !== 'view' && (
          <div className="correction" data-testid={`${mode}-form`}>
            {mode === 'correct' && (
              <CorrectionFields rule={rule} value={change} onChange={(given) => setChange((c) => ({ ...c, ...given }))} />
            )}
            <ReasonPicker value={reason} onChange={setReason} />
            <div className="modal-actions">
              <button type="button" className="big secondary-btn" onClick={() => setMode('view')}>{t('referee.cancel')}</button>
              <button type="button" className={`big ${mode === 'void' ? 'danger-btn' : 'primary-btn'}`} data-testid="send-correction" disabled={!reason.trim()} onClick={() => void send()}>
                {t(mode === 'void' ? 'referee.detail.void' : 'referee.detail.correct')}
              </button>
            </div>
            {!reason.trim() && <p className="muted">{t('referee.reasonNeeded')}</p>}
          </div>
        )}
      </div>
    </div>
  );
}
