import { useTranslation } from 'react-i18next';
import type { Records } from '../../shared/announcer/records.ts';
import { heatDurationS, heatProgress } from '../disciplines/progress.ts';
import { heatDiscipline } from '../disciplines/registry.ts';
import type { Language } from '../../shared/schemas/common.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { Flag } from '../board/Flag.tsx';
import { formatCountdown, formatScore } from '../i18n/format.ts';
import { nameIn } from '../i18n/index.ts';
import { RecordBadge } from '../series/RecordBadge.tsx';
import type { RunningOperator } from './announcerView.ts';
import { NeedLine } from './NeedLine.tsx';
import { operatorsWithResults, rankText } from '../board/rankShown.ts';

interface Props {
  entry: RunningOperator;
  shown: CompetitionState;
  records: Records;
  language: Language;
  now: number;
}

/** One running operator: who, clock, lifts, score and rank, what it takes, records in reach. */
export function OperatorOnAir({ entry, shown, records, language, now }: Props) {
  const { t } = useTranslation();
  const { setup } = shown;
  const { heat, standing, takes, reach, last } = entry;
  const operator = setup.operators.find((o) => o.id === heat.operatorId);
  const team = setup.teams.find((t) => t.id === operator?.teamId);
  const crane = setup.cranes.find((c) => c.id === heat.craneId);
  const operatorName = (id: string) => nameIn(setup.operators.find((o) => o.id === id)?.name, language);
  const teamName = (id: string) => nameIn(setup.teams.find((t) => t.id === id)?.name, language);
  const { rule, view } = heatDiscipline(setup, heat.id);
  const leftMs = Date.parse(heat.startedAt ?? '') + heatDurationS(shown, heat.id) * 1000 - now;
  // Names in the other languages help say a name from across the border.
  const otherNames = [...new Set((['zh', 'kk', 'ru', 'en'] as const).filter((l) => l !== language).map((l) => nameIn(operator?.name, l)))]
    .filter((n) => n && n !== nameIn(operator?.name, language))
    .join(' · ');
  return (
    <article className="an-card" data-testid={`announcer-${heat.operatorId}`} style={{ borderColor: team?.color }}>
      <header className="an-card-head">
        {team && <Flag country={team.country} color={team.color} />}
        <span className="an-bib">{operator?.bib}</span>
        <div className="an-who">
          <strong>{nameIn(operator?.name, language)}</strong>
          <RecordBadge competition={shown} operatorId={heat.operatorId} language={language} />
          <small>{otherNames}</small>
        </div>
        <div className="an-clock" title={t('timeLeft')}>
          {Number.isFinite(leftMs) ? formatCountdown(leftMs) : '--:--'}
          <small>{nameIn(crane?.name, language)}</small>
        </div>
      </header>
      <dl className="an-stats">
        <div>
          <dt>{t('announcer.heatLifts')}</dt>
          <dd>
            {entry.heatLifts}/{heatProgress(shown, heat.id).required}
          </dd>
        </div>
        <div>
          <dt>{t('score')}</dt>
          <dd className="an-score" data-testid={`announcer-score-${heat.operatorId}`}>
            {formatScore(standing?.score ?? 0, language)}
          </dd>
        </div>
        <div>
          <dt>{t('rank')}</dt>
          <dd data-testid={`rank-${heat.operatorId}`}>{standing ? rankText(standing.rank, operatorsWithResults(shown).has(heat.operatorId)) : '—'}</dd>
        </div>
        <div>
          <dt>{t('lastLift')}</dt>
          <dd className="an-last">
            {entry.heatWithheld > 0 ? (
              <span className="an-hidden">+{entry.heatWithheld} {t('overlay.withheld')}</span>
            ) : last ? (
              <>
                #{last.index} · {view.liftFigures(rule, last.value, language).figure} ·{' '}
                <b>{view.liftFigures(rule, last.value, language).score}</b>
              </>
            ) : (
              '—'
            )}
          </dd>
        </div>
      </dl>
      {entry.withheld > 0 || !takes ? (
        <p className="an-withheld" data-testid={`announcer-withheld-${heat.operatorId}`}>
          {t('announcer.withheld', { count: entry.withheld })}
        </p>
      ) : (
        <>
          <h3>
            {t('announcer.whatItTakes')} <small>{t('announcer.remaining', { count: takes.remainingLifts })}</small>
          </h3>
          <table className="an-needs">
            <tbody>
              <NeedLine testId={`need-lead-${heat.operatorId}`} label={t('announcer.lead')} need={takes.lead} targetName={operatorName(takes.lead.target?.id ?? '')} language={language} />
              <NeedLine testId={`need-podium-${heat.operatorId}`} label={t('announcer.podium')} need={takes.podium} targetName={operatorName(takes.podium.target?.id ?? '')} language={language} />
              {takes.teamLead && (
                <NeedLine testId={`need-team-${heat.operatorId}`} label={t('announcer.teamLead')} need={takes.teamLead} targetName={teamName(takes.teamLead.target?.id ?? '')} language={language} />
              )}
            </tbody>
          </table>
          {reach && (
            <ul className="an-reach" data-testid={`reach-${heat.operatorId}`}>
              <li data-chance={reach.bestLift}>
                <span>{t('announcer.bestLift')}</span> {t(`announcer.reach.${reach.bestLift}`, { score: formatScore(records.bestLift?.score ?? 0, language) })}
              </li>
              <li data-chance={typeof reach.bestOperator === 'string' ? reach.bestOperator : reach.bestOperator.kind}>
                <span>{t('announcer.bestOperator')}</span>{' '}
                {typeof reach.bestOperator === 'string'
                  ? t(`announcer.reach.${reach.bestOperator}`)
                  : reach.bestOperator.kind === 'needs'
                    ? t('announcer.needs', { average: formatScore(reach.bestOperator.averageLiftScore ?? 0, language) })
                    : reach.bestOperator.kind === 'reached'
                      ? t('announcer.reached')
                      : t('announcer.outOfReach')}
              </li>
            </ul>
          )}
        </>
      )}
    </article>
  );
}
