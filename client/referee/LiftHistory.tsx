import { useTranslation } from 'react-i18next';
import type { Rule } from '../../shared/disciplines/registry.ts';
import type { LiftHistoryEntry } from '../../shared/state.ts';
import { disciplineView } from '../disciplines/registry.ts';

/** Who, when, source, value, reason — every reading, correction and void of a lift. */
export function LiftHistory({ history, rule }: { history: readonly LiftHistoryEntry[]; rule: Rule }) {
  const { t } = useTranslation();
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
            <td>{new Date(h.at).toLocaleTimeString()}</td>
            <td>{h.actor.role}{h.actor.id ? ` ${h.actor.id}` : ''}</td>
            <td>{t(`referee.detail.kind.${h.kind}`)}{h.source ? ` (${t(`referee.list.${h.source === 'station' ? 'stationSource' : 'refereeSource'}`)})` : ''}</td>
            <td>{h.value ? changeText(h.value) : ''}</td>
            <td>{h.reason ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
