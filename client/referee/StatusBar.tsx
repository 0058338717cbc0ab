import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/schemas/common.ts';
import { formatAt } from '../i18n/format.ts';
import { useLive } from '../live/liveStore.ts';
import { useOutbox } from '../outbox/outboxStore.ts';
import { useOnline } from './useOnline.ts';

/** Always on screen: online or not, entries waiting, the last acknowledgement. */
export function StatusBar() {
  const { t, i18n } = useTranslation();
  const timeZone = useLive((s) => s.competition?.setup.timeZone);
  const online = useOnline();
  const socketStatus = useLive((s) => s.status);
  const entries = useOutbox((s) => s.entries);
  const lastAckAt = useOutbox((s) => s.lastAckAt);
  const lastAckMs = useOutbox((s) => s.lastAckMs);
  const pending = entries.filter((e) => e.state === 'pending').length;
  const rejected = entries.length - pending;
  const isOnline = online && (socketStatus === 'online' || useOutbox.getState().reachable);
  return (
    <div
      className={`status-bar ${isOnline ? 'is-online' : 'is-offline'}`}
      data-testid="outbox-status"
      data-online={isOnline}
      data-pending={pending}
      data-rejected={rejected}
      data-last-ack-ms={lastAckMs ?? ''}
      role="status"
    >
      <span className="status-online"><span className="dot" />{t(isOnline ? 'referee.status.online' : 'referee.status.offline')}</span>
      <span className={`status-pending ${pending ? 'has-pending' : ''}`}>{pending ? t('referee.status.pending', { count: pending }) : t('referee.status.allSent')}</span>
      {rejected > 0 && <span className="status-rejected">{t('referee.status.rejected', { count: rejected })}</span>}
      <span className="status-ack">{lastAckAt ? t('referee.status.lastAck', { time: formatAt(lastAckAt, i18n.language as Language, timeZone) }) : t('referee.status.noAck')}</span>
    </div>
  );
}
