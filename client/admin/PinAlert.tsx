import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/schemas/common.ts';
import { useLive } from '../live/liveStore.ts';
import { formatAt } from '../i18n/format.ts';
import { useConsole } from './consoleStore.ts';

/**
 * The organizer's alert when someone guesses referee PINs: how many wrong PINs, until when
 * new devices wait, and the unlock. Shown once wrong PINs pass the free budget (a wait set).
 */
export function PinAlert() {
  const { t, i18n } = useTranslation();
  const guard = useConsole((s) => s.pinGuard);
  const unlock = useConsole((s) => s.unlockPins);
  const timeZone = useLive((s) => s.competition?.setup.timeZone);
  if (!guard || guard.lockedUntil === null) return null;
  const until = formatAt(guard.lockedUntil, i18n.language as Language, timeZone);
  return (
    <div className="banner error pin-alert" role="alert" data-testid="pin-alert">
      {t('console.pinAlert', { count: guard.wrongAttempts, until })}{' '}
      <button type="button" data-testid="pin-unlock" onClick={() => void unlock()}>
        {t('console.pinUnlock')}
      </button>
    </div>
  );
}
