import { useTranslation } from 'react-i18next';
import type { Rule } from '../../shared/disciplines/registry.ts';
import { disciplineView } from '../disciplines/registry.ts';
import type { HeatView, LiftRow } from './heatView.ts';
import { useReferee } from './refereeStore.ts';

function rowState(row: LiftRow): string {
  if (row.outbox.some((e) => e.state === 'rejected')) return 'rejected';
  if (row.voided) return 'voided';
  if (row.disputed) return 'disputed';
  if (row.outbox.length || (row.referee && 'pending' in row.referee)) return 'pending';
  if (row.station && !row.referee) return 'station';
  return 'done';
}

/** The heat's lifts, newest first (the one just entered is always in view); a tap opens its history and correction panel. */
export function LiftList({ view, rule }: { view: HeatView; rule: Rule }) {
  const { t } = useTranslation();
  const { ValueSummary, previewScore } = disciplineView(rule);
  const openLift = useReferee((s) => s.openLift);
  return (
    <section className="lift-list panel">
      <h2>
        {t('referee.list.title')} <small>{view.rows.filter((r) => r.referee).length} / {view.liftsPerHeat}</small>
      </h2>
      {view.rows.length === 0 && <p className="muted">{t('referee.list.empty')}</p>}
      <ol data-testid="lift-list">
        {[...view.rows].reverse().map((row) => {
          const state = rowState(row);
          return (
            <li key={row.key}>
              <button type="button" className={`lift-row lift-${state}`} data-testid={`lift-row-${row.index}`} data-state={state} onClick={() => openLift(row.key)}>
                <span className="lift-index">{row.index}</span>
                <span className="lift-main">
                  <span className="lift-container">{row.containerNo}</span>
                  <ValueSummary value={row.value} />
                </span>
                {/* A discipline whose single lift earns nothing (transshipment) shows no lift score. */}
                <span className="lift-score">{previewScore(rule, row.value) === null ? '' : row.voided ? '—' : row.score.toFixed(1)}</span>
                <span className={`lift-badge badge-${state}`}>{t(`referee.list.${state}`)}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
