import { useTranslation } from 'react-i18next';
import type { Rule } from '../../shared/disciplines/registry.ts';
import type { Language } from '../../shared/schemas/common.ts';
import type { CompetitionSetup } from '../../shared/schemas/setup.ts';
import type { LiftHistoryEntry } from '../../shared/state.ts';
import { disciplineView } from '../disciplines/registry.ts';
import { actorName } from '../i18n/actorName.ts';
import { formatAt } from '../i18n/format.ts';

/** Who, when, source, value, reason — every reading, correction and void of a lift. */
export function LiftHistory({ history, rule, setup }: { history: readonly LiftHistoryEntry[]; rule: Rule; setup: CompetitionSetup }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { changeText } = disciplineView(rule);
  return (
    <table className="history" data-testid="lift-history">
      <thead>
        <tr>
          <th>{t('referee.detail.when')}</th>
          <th>{t('referee.detail.who')}</th>
          <th>{t('referee.detail.what')}</th>
          <th>{t('referee.detail.value')}</th>
          <th>{t('referee.reason')}</th>
        </tr>
      </thead>
      <tbody>
        {history.map((h) => (
          <tr key={h.seq} data-kind={h.kind}>
            <td data-testid="history-at">{formatAt(h.at, language, setup.timeZone)}</td>
            <td data-testid="history-actor">{actorName(h.actor, setup, language, t)}</td>
            <td>{t(`referee.detail.kind.${h.kind}`)}{h.source ? ` (${t(`referee.list.${h.source === 'station' ? 'stationSource' : 'refereeSource'}`)})` : ''}</td>
            <td>{h.value ? changeText(h.value) : ''}</td>
            <td>{h.reason ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
