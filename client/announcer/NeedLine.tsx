import { useTranslation } from 'react-i18next';
import type { Need } from '../../shared/announcer/whatItTakes.ts';
import type { Language } from '../../shared/schemas/common.ts';
import { formatScore } from '../i18n/format.ts';

interface Props {
  testId: string;
  label: string;
  need: Need;
  /** The name of whoever holds the target (an operator or a team). */
  targetName: string;
  language: Language;
}

/** One line of "what it takes": the goal, the average needed (or already there / out of reach), whom to pass. */
export function NeedLine({ testId, label, need, targetName, language }: Props) {
  const { t } = useTranslation();
  const average = need.averageLiftScore;
  const shown = average === null ? '' : formatScore(average, language);
  return (
    <tr className={`an-need an-need-${need.kind}`} data-testid={testId} data-kind={need.kind} data-average={average === null ? '' : average.toFixed(2)}>
      <th scope="row">{label}</th>
      <td className="an-need-value">
        {need.kind === 'needs' && t('announcer.needs', { average: shown })}
        {need.kind === 'reached' && t('announcer.reached')}
        {need.kind === 'outOfReach' && (
          <>
            {t('announcer.outOfReach')}
            {average !== null && <span className="an-need-would"> · {t('announcer.wouldNeed', { average: shown })}</span>}
          </>
        )}
        {need.target && (
          <small className="an-need-target">
            {t(need.kind === 'reached' ? 'announcer.ahead' : 'announcer.pass', { name: targetName, score: formatScore(need.target.score, language) })}
          </small>
        )}
      </td>
    </tr>
  );
}
