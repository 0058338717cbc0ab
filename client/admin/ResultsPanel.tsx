import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/schemas/common.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { actorName } from '../i18n/actorName.ts';
import { formatAt } from '../i18n/format.ts';
import { blockerLines } from './blockers.ts';
import { useConsole } from './consoleStore.ts';
import { operatorLabel } from './names.ts';

function ProtestForm({ state }: { state: CompetitionState }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const lodge = useConsole((s) => s.lodgeProtest);
  const [operatorId, setOperatorId] = useState('');
  const [heatId, setHeatId] = useState('');
  const [reason, setReason] = useState('');
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        void lodge({ ...(operatorId ? { operatorId } : {}), ...(heatId ? { heatId } : {}), reason: reason.trim() }).then(() => setReason(''));
      }}
    >
      <select aria-label={t('admin.results.protestOperator')} name="protest-operator" value={operatorId} onChange={(e) => setOperatorId(e.target.value)}>
        <option value="">{t('admin.results.anyOperator')}</option>
        {state.setup.operators.map((o) => (
          <option key={o.id} value={o.id}>
            {operatorLabel(state.setup, o.id, language)}
          </option>
        ))}
      </select>
      <select aria-label={t('admin.results.protestHeat')} name="protest-heat" value={heatId} onChange={(e) => setHeatId(e.target.value)}>
        <option value="">{t('admin.results.anyHeat')}</option>
        {Object.values(state.heats).map((h) => (
          <option key={h.id} value={h.id}>
            {h.id} · {operatorLabel(state.setup, h.operatorId, language)}
          </option>
        ))}
      </select>
      <input aria-label={t('admin.results.protestReason')} name="protest-reason" placeholder={t('admin.results.reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
      <button type="submit" disabled={!reason.trim()}>
        {t('admin.results.recordProtest')}
      </button>
    </form>
  );
}

function ReopenForm({ state }: { state: CompetitionState }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const reopen = useConsole((s) => s.reopenHeat);
  const confirmed = Object.values(state.heats).filter((h) => h.status === 'confirmed');
  const [heatId, setHeatId] = useState('');
  const [reason, setReason] = useState('');
  if (!confirmed.length || state.status === 'official') return null;
  return (
    <form className="inline-form" onSubmit={(e) => (e.preventDefault(), void reopen(heatId, reason.trim()).then(() => setReason('')))}>
      <select aria-label={t('admin.results.heatToReopen')} name="reopen-heat" value={heatId} onChange={(e) => setHeatId(e.target.value)}>
        <option value="">{t('admin.results.pickHeat')}</option>
        {confirmed.map((h) => (
          <option key={h.id} value={h.id}>
            {h.id} · {operatorLabel(state.setup, h.operatorId, language)}
          </option>
        ))}
      </select>
      <input aria-label={t('admin.results.reopenReason')} name="reopen-reason" placeholder={t('admin.results.reopenReason')} value={reason} onChange={(e) => setReason(e.target.value)} />
      <button type="submit" disabled={!heatId || !reason.trim()}>
        {t('admin.results.reopen')}
      </button>
    </form>
  );
}

/** provisional → protest window / under protest → official; protests, reopening, exports. */
export function ResultsPanel({ state }: { state: CompetitionState }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const results = useConsole((s) => s.results);
  const signOff = useConsole((s) => s.signOff);
  const resolve = useConsole((s) => s.resolveProtest);
  const cid = encodeURIComponent(state.setup.id);
  if (!results) return <p>{t('admin.loading')}</p>;
  const at = (iso: string, style: 'time' | 'dateTime' = 'dateTime') => formatAt(iso, language, state.setup.timeZone, style);
  const protests = results.protests;
  // The server's list decides; its reasons are shown in the console's language (the server's clock may be a moment ahead).
  const blockers = results.signOffBlockers.length ? blockerLines(state, new Date().toISOString(), language, t) : [];
  const about = (operatorId?: string, heatId?: string) =>
    [operatorId && operatorLabel(state.setup, operatorId, language), heatId && t('admin.audit.aboutHeat', { heat: heatId })].filter(Boolean).join(' · ') || t('admin.results.aboutResults');
  return (
    <div className="results">
      <p>
        <span className={`results-label label-${results.label}`} data-testid="results-label">
          {t(`admin.results.label.${results.label}`)}
        </span>{' '}
        {results.protestWindowEndsAt && results.status === 'provisional' && <>{t('admin.results.windowUntil', { time: at(results.protestWindowEndsAt) })} · </>}
        {results.officialAt && <>{t('admin.results.signedOffAt', { time: at(results.officialAt) })} · </>}
        {t('admin.results.lastHash')} <code>{results.lastHash.slice(0, 16)}…</code>
      </p>
      {results.status !== 'official' && (
        <section>
          <h3>{t('admin.results.signOff')}</h3>
          {results.signOffBlockers.length > 0 ? (
            <ul className="blockers" data-testid="blockers">
              {(blockers.length ? blockers : results.signOffBlockers).map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          ) : (
            <p>{t('admin.results.nothingBlocks')}</p>
          )}
          <button type="button" className="primary" disabled={results.signOffBlockers.length > 0} onClick={() => void signOff()}>
            {t('admin.results.signOffButton')}
          </button>
          <ReopenForm state={state} />
        </section>
      )}
      <section>
        <h3>{t('admin.results.protests', { count: protests.length })}</h3>
        <ul className="protests">
          {protests.map((p) => (
            <li key={p.id}>
              <strong>{p.id}</strong> {about(p.operatorId, p.heatId)}: {p.reason}{' '}
              <span className="muted">({t('admin.results.lodged', { who: actorName(p.lodgedBy, state.setup, language, t), time: at(p.lodgedAt, 'time') })})</span>
              {p.resolution ? (
                <em>
                  {' '}
                  — {t(`admin.results.decision.${p.resolution.decision}`)}
                  {p.resolution.reason ? `: ${p.resolution.reason}` : ''}
                </em>
              ) : (
                results.status !== 'official' && (
                  <>
                    {' '}
                    <button type="button" onClick={() => void resolve(p.id, 'upheld')}>
                      {t('admin.results.uphold')}
                    </button>
                    <button type="button" onClick={() => void resolve(p.id, 'dismissed')}>
                      {t('admin.results.dismiss')}
                    </button>
                  </>
                )
              )}
            </li>
          ))}
        </ul>
        {results.status !== 'official' && results.status !== 'setup' && <ProtestForm state={state} />}
      </section>
      <section>
        <h3>
          {t('admin.results.exports')} ({t(results.status === 'official' ? 'admin.results.exportOfficial' : 'admin.results.exportProvisional')})
        </h3>
        <nav className="exports">
          {(['pdf', 'xlsx', 'csv', 'json'] as const).map((f) => (
            <a key={f} href={`/api/competitions/${cid}/export?format=${f}`} download>
              {f.toUpperCase()}
            </a>
          ))}
        </nav>
        <p className="muted">{t('admin.results.verifyHint')}</p>
      </section>
    </div>
  );
}
