import type { Language } from '../../shared/schemas/common.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { heatDurationS, heatProgress } from '../disciplines/progress.ts';
import { heatDiscipline } from '../disciplines/registry.ts';
import { formatCountdown } from '../i18n/format.ts';
import { nameIn } from '../i18n/index.ts';
import { Bilingual } from './Bilingual.tsx';
import { Flag } from './Flag.tsx';
import { latestLifts, liftsOfHeat, runningHeats } from './heatData.ts';
import { heatGrid } from './heatGrid.ts';
import { useServerNow } from './useServerNow.ts';

interface Props {
  /** Heat clocks come from the live state (a started heat is no result). */
  live: CompetitionState;
  /** Lifts and scores from what this screen may show (frozen on public screens). */
  shown: CompetitionState;
  languages: Language[];
}

/** Every running heat: operator, crane, a countdown in server time, lifts done and the last lift. */
export function RunningHeats({ live, shown, languages }: Props) {
  const now = useServerNow();
  const lang = languages[0] ?? 'zh';
  const { setup } = live;
  const heats = runningHeats(live);
  const grid = heatGrid(heats.length);
  const gridStyle = { '--heat-columns': grid.columns, '--heat-rows': grid.rows, '--heat-scale': grid.scale } as React.CSSProperties;
  return (
    <section className="panel heats" data-testid="running-heats">
      <h2>
        <Bilingual k="runningHeats" languages={languages} />
      </h2>
      {heats.length === 0 && (
        <p className="empty">
          <Bilingual k="noRunningHeats" languages={languages} />
        </p>
      )}
      <div className="heat-cards" data-count={heats.length} style={gridStyle}>
        {heats.map((heat) => {
          const operator = setup.operators.find((o) => o.id === heat.operatorId);
          const crane = setup.cranes.find((c) => c.id === heat.craneId);
          const team = setup.teams.find((t) => t.id === operator?.teamId);
          const lifts = liftsOfHeat(shown, heat.id).sort((a, b) => b.lastAt.localeCompare(a.lastAt) || b.index - a.index);
          const last = lifts[0];
          const { rule, view } = heatDiscipline(setup, heat.id);
          const figures = last && view.liftFigures(rule, last.value, lang);
          const progress = heatProgress(shown, heat.id);
          const endsAt = Date.parse(heat.startedAt ?? '') + heatDurationS(live, heat.id) * 1000;
          const leftMs = endsAt - now;
          return (
            <article key={heat.id} className="heat-card" data-heat={heat.id} style={{ borderColor: team?.color }}>
              <div className="heat-who">
                {team && <Flag country={team.country} color={team.color} />}
                <span className="heat-bib">{operator?.bib}</span>
                <span className="heat-names">
                  {languages.map((l, i) => (
                    <span key={l} lang={l} className={i === 0 ? 'primary' : 'secondary'} title={nameIn(operator?.name, l)}>
                      {nameIn(operator?.name, l)}
                    </span>
                  ))}
                </span>
              </div>
              <div className="heat-crane">
                {languages.map((l) => (
                  <span key={l} lang={l}>
                    {nameIn(crane?.name, l)}
                  </span>
                ))}
              </div>
              <div className={`heat-clock${leftMs < 60_000 ? ' heat-clock-late' : ''}`} data-testid={`clock-${heat.id}`}>
                {Number.isFinite(leftMs) ? formatCountdown(leftMs) : '--:--'}
              </div>
              <div className="heat-lifts">
                <strong>{progress.done}</strong>/{progress.required}
              </div>
              <div className="heat-last">
                {last && figures ? (
                  <>
                    <span>#{last.index}</span>
                    <span>{figures.figure}</span>
                    <strong>{figures.score}</strong>
                  </>
                ) : (
                  '—'
                )}
              </div>
            </article>
          );
        })}
      </div>
    </section>
  );
}

/** A strip of the latest lifts, newest first: operator, lift, deviation, score. */
export function LiftTicker({ shown, languages }: { shown: CompetitionState; languages: Language[] }) {
  const lang = languages[0] ?? 'zh';
  const lifts = latestLifts(shown, 8);
  const operatorById = new Map(shown.setup.operators.map((o) => [o.id, o]));
  const teamById = new Map(shown.setup.teams.map((t) => [t.id, t]));
  return (
    <footer className="ticker" data-testid="ticker">
      <span className="ticker-label">
        <Bilingual k="lastLift" languages={languages} />
      </span>
      <div className="ticker-items">
        {lifts.map((l) => {
          const operator = operatorById.get(l.operatorId);
          const team = teamById.get(operator?.teamId ?? '');
          const { rule, view } = heatDiscipline(shown.setup, l.heatId);
          const { figure, score } = view.liftFigures(rule, l.value, lang);
          return (
            <span key={l.key} className="ticker-item" style={{ borderColor: team?.color }}>
              <b>{operator?.bib}</b> {nameIn(operator?.name, lang)} #{l.index} · {figure} ·{' '}
              <b>{score}</b>
            </span>
          );
        })}
      </div>
    </footer>
  );
}
