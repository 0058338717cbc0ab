import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/schemas/common.ts';
import { nameIn } from '../i18n/index.ts';
import { useAdmin } from './adminStore.ts';
import { QrCode } from './QrCode.tsx';

/** The referee PIN and station keys, shown once after they were made; the server keeps only hashes. */
export function SecretsPanel() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const secrets = useAdmin((s) => s.secrets);
  const dismiss = useAdmin((s) => s.dismissSecrets);
  if (!secrets) return null;
  const origin = window.location.origin;
  const { competitionId: cid } = secrets;
  const tabletUrl = `${origin}/referee/${encodeURIComponent(cid)}`;
  const crane = (craneId: string) => nameIn(secrets.craneNames?.[craneId], language) || craneId;
  return (
    <section className="secrets" data-testid="secrets">
      <h2>{t('admin.secrets.title')}</h2>
      <div className="secret-cards">
        {secrets.refereePin && (
          <div className="secret-card">
            <h3>{t('admin.secrets.tablets')}</h3>
            <QrCode text={tabletUrl} label={t('admin.secrets.qrReferee', { cid })} />
            <p>
              <a href={tabletUrl}>{tabletUrl}</a>
            </p>
            <p>
              {t('admin.secrets.pin')} <strong data-testid="referee-pin">{secrets.refereePin}</strong>
            </p>
          </div>
        )}
        {Object.entries(secrets.stationKeys).map(([craneId, key]) => (
          <div className="secret-card" key={craneId} data-testid={`station-key-${craneId}`}>
            <h3>{t('admin.secrets.station', { crane: crane(craneId) })}</h3>
            <QrCode text={JSON.stringify({ server: origin, competitionId: cid, craneId, key })} label={t('admin.secrets.qrStation', { crane: crane(craneId) })} />
            <code className="key">{key}</code>
          </div>
        ))}
      </div>
      <button type="button" onClick={dismiss}>
        {t('admin.secrets.noted')}
      </button>{' '}
      <a href={`/admin/${encodeURIComponent(cid)}`}>{t('admin.secrets.open', { cid })}</a>
    </section>
  );
}
