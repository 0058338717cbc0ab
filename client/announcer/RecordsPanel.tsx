import { useTranslation } from 'react-i18next';
import type { Records } from '../../shared/announcer/records.ts';
import type { Language } from '../../shared/schemas/common.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { formatScore } from '../i18n/format.ts';
import { nameIn } from '../i18n/index.ts';

/** The competition's best lift and best operator score so far, and who holds them. */
export function RecordsPanel({ records, shown, language }: { records: Records; shown: CompetitionState; language: Language }) {
  const { t } = useTranslation();
  const name = (operatorId: string) => nameIn(shown.setup.operators.find((o) => o.id === operatorId)?.name, language);
  const { bestLift, bestOperator } = records;
  return (
    <section className="an-panel" data-testid="announcer-records">
      <h2>{t('announcer.records')}</h2>
      <dl className="an-records">
        <div>
          <dt>{t('announcer.bestLift')}</dt>
          <dd data-testid="record-lift">
            {bestLift ? (
              <>
                <b>{formatScore(bestLift.score, language)}</b> {name(bestLift.operatorId)}
                <small> · {t('announcer.liftAt', { heat: bestLift.heatId, index: bestLift.index })}</small>
              </>
            ) : (
              t('announcer.noRecord')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('announcer.bestOperator')}</dt>
          <dd data-testid="record-operator">
            {bestOperator ? (
              <>
                <b>{formatScore(bestOperator.score, language)}</b> {name(bestOperator.operatorId)}
              </>
            ) : (
              t('announcer.noRecord')
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
