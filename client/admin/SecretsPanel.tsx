import { useAdmin } from './adminStore.ts';
import { QrCode } from './QrCode.tsx';

/** The referee PIN and station keys, shown once after they were made; the server keeps only hashes. */
export function SecretsPanel() {
  const secrets = useAdmin((s) => s.secrets);
  const dismiss = useAdmin((s) => s.dismissSecrets);
  if (!secrets) return null;
  const origin = window.location.origin;
  const { competitionId: cid } = secrets;
  const tabletUrl = `${origin}/referee/${encodeURIComponent(cid)}`;
  return (
    <section className="secrets" data-testid="secrets">
      <h2>Write these down now — they are shown only once</h2>
      <div className="secret-cards">
        {secrets.refereePin && (
          <div className="secret-card">
            <h3>Referee tablets</h3>
            <QrCode text={tabletUrl} label={`referee app for ${cid}`} />
            <p>
              <a href={tabletUrl}>{tabletUrl}</a>
            </p>
            <p>
              PIN <strong data-testid="referee-pin">{secrets.refereePin}</strong>
            </p>
          </div>
        )}
        {Object.entries(secrets.stationKeys).map(([craneId, key]) => (
          <div className="secret-card" key={craneId} data-testid={`station-key-${craneId}`}>
            <h3>Station {craneId}</h3>
            <QrCode text={JSON.stringify({ server: origin, competitionId: cid, craneId, key })} label={`station key for ${craneId}`} />
            <code className="key">{key}</code>
          </div>
        ))}
      </div>
      <button type="button" onClick={dismiss}>
        I have noted them
      </button>{' '}
      <a href={`/admin/${encodeURIComponent(cid)}`}>Open the console for {cid}</a>
    </section>
  );
}
