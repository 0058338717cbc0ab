import { useTranslation } from 'react-i18next';
import { useDisplay } from './displayStore.ts';

/** A corner card with the code the organizer types to pair this screen (gone once paired). */
export function PairingCode() {
  const { t } = useTranslation();
  const code = useDisplay((s) => s.pairingCode);
  if (!code) return null;
  return (
    <aside className="pairing-code" data-testid="pairing-code">
      <span>{t('pairing.show')}</span>
      <strong>{code}</strong>
    </aside>
  );
}
