import type { CSSProperties } from 'react';
import { heatProgress } from '../disciplines/progress.ts';
import { heatDiscipline } from '../disciplines/registry.ts';
import type { Language } from '../../shared/schemas/common.ts';
import type { Standings } from '../../shared/scoring/standings.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { Bilingual } from '../board/Bilingual.tsx';
import { Flag } from '../board/Flag.tsx';
import { formatScore } from '../i18n/format.ts';
import type { HeatOnAir } from './heatOnAir.ts';
import { Names } from './Names.tsx';

interface Props {
  onAir: HeatOnAir;
  shown: CompetitionState;
  standings: Standings;
  languages: Language[];
  frozen: boolean;
}


/** The operator on air: who, lifts done, live score and rank, and the last lift. */
export function HeatLowerThird({ onAir, shown, standings, languages, frozen }: Props) {
  const lang = languages[0] ?? 'zh';
  const { setup } = shown;
  const { heat, last, withheld } = onAir;
  const { rule, view } = heatDiscipline(setup, heat.id);
  const figures = last ? view.liftFigures(rule, last.value, lang) : null;
  const operator = setup.operators.find((o) => o.id === heat.operatorId);
  const team = setup.teams.find((t) => t.id === operator?.teamId);
  const crane = setup.cranes.find((c) => c.id === heat.craneId);
  const standing = standings.operators.find((o) => o.operatorId === heat.operatorId);
  return (
    <div className="ov-lt" data-testid="overlay-heat" data-heat={heat.id} data-operator={heat.operatorId} style={{ '--team': team?.color ?? '#f5a623' } as CSSProperties}>
      <div className="ov-tag">
        <span className={`ov-live ov-live-${heat.status}`} aria-hidden />
        <Names name={crane?.name} languages={languages} className="ov-tag-names" />
        {heat.status !== 'running' && <Bilingual k="overlay.finished" languages={languages} />}
        {frozen && (
          <span className="ov-onhold" data-testid="overlay-frozen">
            <Bilingual k="overlay.onHold" languages={languages} />
          </span>
        )}
      </div>
      <div className="ov-bar">
        <div className="ov-who">
          {team && <Flag country={team.country} color={team.color} />}
          <span className="ov-bib">{operator?.bib}</span>
        </div>
        <Names name={operator?.name} languages={languages} />
        <div className="ov-stat">
          <Bilingual k="lifts" languages={languages} />
          <b data-testid="overlay-lifts">
            {onAir.liftsDone}/{heatProgress(shown, heat.id).required}
          </b>
        </div>
        <div className="ov-stat ov-score">
          <Bilingual k="score" languages={languages} />
          <b data-testid="overlay-score">{formatScore(standing?.score ?? 0, lang)}</b>
        </div>
        <div className="ov-stat ov-rank">
          <Bilingual k="rank" languages={languages} />
          <b data-testid="overlay-rank">{standing?.rank ?? '—'}</b>
        </div>
      </div>
      <div className="ov-last" data-testid="overlay-last">
        <Bilingual k="lastLift" languages={languages} />
        {withheld > 0 ? (
          <span className="ov-withheld" data-testid="overlay-withheld">
            <b>+{withheld}</b>
            <Bilingual k="overlay.withheld" languages={languages} />
          </span>
        ) : last ? (
          <>
            <b className="ov-index">#{last.index}</b>
            <span className="ov-offset">{view.valueText(last.value)}</span>
            <span className="ov-pair">
              <Bilingual k="deviation" languages={languages} />
              <b>{figures!.figure}</b>
            </span>
            <span className="ov-pair">
              <Bilingual k="overlay.liftScore" languages={languages} />
              <b className="ov-lift-score" data-testid="overlay-lift-score">
                {figures!.score}
              </b>
            </span>
          </>
        ) : (
          <span>—</span>
        )}
      </div>
    </div>
  );
}
