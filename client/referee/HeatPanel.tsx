import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HeatVerb } from '../../shared/decide.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { nameIn } from '../i18n/index.ts';
import type { Language } from '../../shared/schemas/common.ts';
import { disciplineOfHeat, disciplinesOf } from '../../shared/disciplines/ofSetup.ts';
import { disciplineLabel } from '../disciplines/label.ts';
import { heatDurationS } from '../disciplines/progress.ts';
import { HeatClock } from './HeatClock.tsx';
import type { HeatView } from './heatView.ts';
import { useReferee } from './refereeStore.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';

const NEXT_VERB: Partial<Record<string, HeatVerb>> = { scheduled: 'start', running: 'finish', finished: 'confirm' };

/** Heat picker, the heat's clock, and its one next action (start → finish → confirm). */
export function HeatPanel({ competition, view, language }: { competition: CompetitionState; view: HeatView | null; language: Language }) {
  const { t } = useTranslation();
  const pickHeat = useReferee((s) => s.pickHeat);
  const heatAction = useReferee((s) => s.heatAction);
  const [asking, setAsking] = useState<HeatVerb | null>(null);
  const [autoFinished, setAutoFinished] = useState<string | null>(null);
  const cid = competition.setup.id;
  const operatorName = (id: string) => nameIn(competition.setup.operators.find((o) => o.id === id)?.name, language);
  // An accounting heat has no crane: its line names the discipline instead.
  const craneName = (id: string | undefined) => (id ? nameIn(competition.setup.cranes.find((c) => c.id === id)?.name, language) : t('trans.noCrane'));
  const several = disciplinesOf(competition.setup).length > 1;
  const disciplineName = (heatId: string) => (several ? `${disciplineLabel(disciplineOfHeat(competition.setup, heatId), language)} · ` : '');
  const heatId = view?.heat.id;
  const onTimeUp = useCallback(
    (at: number) => {
      if (!heatId || autoFinished === heatId) return;
      setAutoFinished(heatId);
      void heatAction(cid, heatId, 'finish', at);
    },
    [autoFinished, cid, heatAction, heatId],
  );
  const verb = view ? NEXT_VERB[view.heat.status] : undefined;
  // One heat per crane at a time (the server answers 409 crane_busy): say so before the tap.
  const busyWith =
    verb === 'start' && view?.heat.craneId ? Object.values(competition.heats).find((h) => h.craneId === view.heat.craneId && h.status === 'running' && h.id !== view.heat.id) : undefined;

  return (
    <aside className="heat-panel panel">
      <h2>{t('referee.heat.pick')}</h2>
      <div className="heat-list">
        {competition.setup.heats.map((h) => (
          <button
            key={h.id}
            type="button"
            className={`heat-item ${h.id === heatId ? 'selected' : ''}`}
            data-testid={`heat-${h.id}`}
            aria-pressed={h.id === heatId}
            onClick={() => pickHeat(cid, h.id)}
          >
            <strong>{h.id.toUpperCase()} · {operatorName(h.operatorId)}</strong>
            <small>{disciplineName(h.id)}{craneName(h.craneId)} · {t(`referee.heatStatus.${competition.heats[h.id]?.status ?? 'scheduled'}`)}</small>
          </button>
        ))}
      </div>
      {view && (
        <div className="heat-control" data-testid="heat-control" data-status={view.heat.status}>
          <div className={`heat-status heat-${view.heat.status}`} data-testid="heat-status">
            {t(view.heat.status === 'confirmed' ? 'referee.heat.lockedNote' : `referee.heatStatus.${view.heat.status}`)}
          </div>
          <HeatClock heat={view.heat} durationS={heatDurationS(competition, view.heat.id)} onTimeUp={onTimeUp} />
          {busyWith && (
            <p className="crane-busy" data-testid="crane-busy">
              {t('referee.heat.craneBusy', { heat: busyWith.id.toUpperCase(), operator: operatorName(busyWith.operatorId) })}
            </p>
          )}
          {verb && (
            <button type="button" className={`big heat-action action-${verb}`} data-testid={`heat-${verb}`} disabled={Boolean(busyWith)} onClick={() => (verb === 'start' ? void heatAction(cid, view.heat.id, verb) : setAsking(verb))}>
              {t(`referee.heat.${verb}`)}
            </button>
          )}
        </div>
      )}
      {asking && view && (
        <ConfirmDialog
          testId="heat-dialog"
          proceedTestId="heat-dialog-yes"
          title={`${t(`referee.heat.${asking}`)} — ${view.heat.id.toUpperCase()}`}
          proceedLabel={t(`referee.heat.${asking}`)}
          onCancel={() => setAsking(null)}
          onProceed={() => {
            void heatAction(cid, view.heat.id, asking);
            setAsking(null);
          }}
        >
          <p>{t(`referee.heat.${asking}Question`)}</p>
        </ConfirmDialog>
      )}
    </aside>
  );
}
