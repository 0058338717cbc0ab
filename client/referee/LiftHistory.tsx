import { useTranslation } from 'react-i18next';
import type { LiftHistoryEntry } from '../../shared/state.ts';

const signed = (v: number) => (v > 0 ? `+${v}` : String(v));

function describe(value: LiftHistoryEntry['value']): string {
  if (!value) return '';
  const parts: string[] = [];
  if (value.dxMm !== undefined) parts.push(`dx ${signed(value.dxMm)}`);
  if (value.dyMm !== undefined) parts.push(`dy ${signed(value.dyMm)}`);
  if (value.penalties !== undefined) parts.push(value.penalties.length ? value.penalties.join('+') : '—');
  if (value.dropped) parts.push('⤓');
  return parts.join(' · ');
}

/** Who, when, source, value, reason — every reading, correction and void of a lift. */
export function LiftHistory({ history }: { history: readonly LiftHistoryEntry[] }) {
  const { t } = useTranslation();
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
            <td>{describe(h.value)}</td>
            <td>{h.reason ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
