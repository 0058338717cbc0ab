import { useState } from 'react';
import type { CompetitionState } from '../../shared/state.ts';
import { useConsole } from './consoleStore.ts';

const LABEL_TEXT = { running: 'Running', provisional: 'Provisional', under_protest: 'Under protest', official: 'Official' } as const;

function ProtestForm({ state }: { state: CompetitionState }) {
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
      <select aria-label="protest operator" value={operatorId} onChange={(e) => setOperatorId(e.target.value)}>
        <option value="">(any operator)</option>
        {state.setup.operators.map((o) => (
          <option key={o.id}>{o.id}</option>
        ))}
      </select>
      <select aria-label="protest heat" value={heatId} onChange={(e) => setHeatId(e.target.value)}>
        <option value="">(any heat)</option>
        {Object.keys(state.heats).map((id) => (
          <option key={id}>{id}</option>
        ))}
      </select>
      <input aria-label="protest reason" placeholder="reason" value={reason} onChange={(e) => setReason(e.target.value)} />
      <button type="submit" disabled={!reason.trim()}>
        Record protest
      </button>
    </form>
  );
}

function ReopenForm({ state }: { state: CompetitionState }) {
  const reopen = useConsole((s) => s.reopenHeat);
  const confirmed = Object.values(state.heats).filter((h) => h.status === 'confirmed');
  const [heatId, setHeatId] = useState('');
  const [reason, setReason] = useState('');
  if (!confirmed.length || state.status === 'official') return null;
  return (
    <form className="inline-form" onSubmit={(e) => (e.preventDefault(), void reopen(heatId, reason.trim()).then(() => setReason('')))}>
      <select aria-label="heat to reopen" value={heatId} onChange={(e) => setHeatId(e.target.value)}>
        <option value="">heat…</option>
        {confirmed.map((h) => (
          <option key={h.id}>{h.id}</option>
        ))}
      </select>
      <input aria-label="reopen reason" placeholder="reason (logged)" value={reason} onChange={(e) => setReason(e.target.value)} />
      <button type="submit" disabled={!heatId || !reason.trim()}>
        Reopen heat
      </button>
    </form>
  );
}

/** provisional → protest window / under protest → official; protests, reopening, exports. */
export function ResultsPanel({ state }: { state: CompetitionState }) {
  const results = useConsole((s) => s.results);
  const signOff = useConsole((s) => s.signOff);
  const resolve = useConsole((s) => s.resolveProtest);
  const cid = encodeURIComponent(state.setup.id);
  if (!results) return <p>Loading…</p>;
  const protests = results.protests;
  return (
    <div className="results">
      <p>
        <span className={`results-label label-${results.label}`} data-testid="results-label">
          {LABEL_TEXT[results.label]}
        </span>{' '}
        {results.protestWindowEndsAt && results.status === 'provisional' && <>protest window until {new Date(results.protestWindowEndsAt).toLocaleString()} · </>}
        {results.officialAt && <>signed off {new Date(results.officialAt).toLocaleString()} · </>}
        last hash <code>{results.lastHash.slice(0, 16)}…</code>
      </p>
      {results.status !== 'official' && (
        <section>
          <h3>Sign-off</h3>
          {results.signOffBlockers.length > 0 ? (
            <ul className="blockers" data-testid="blockers">
              {results.signOffBlockers.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          ) : (
            <p>Nothing blocks the sign-off. After it, every write is refused.</p>
          )}
          <button type="button" className="primary" disabled={results.signOffBlockers.length > 0} onClick={() => void signOff()}>
            Sign results off as official
          </button>
          <ReopenForm state={state} />
        </section>
      )}
      <section>
        <h3>Protests ({protests.length})</h3>
        <ul className="protests">
          {protests.map((p) => (
            <li key={p.id}>
              <strong>{p.id}</strong> {[p.operatorId, p.heatId].filter(Boolean).join(' · ') || 'results'}: {p.reason} ({p.lodgedBy.role}, {new Date(p.lodgedAt).toLocaleTimeString()})
              {p.resolution ? (
                <em> — {p.resolution.decision}{p.resolution.reason ? `: ${p.resolution.reason}` : ''}</em>
              ) : (
                results.status !== 'official' && (
                  <>
                    {' '}
                    <button type="button" onClick={() => void resolve(p.id, 'upheld')}>
                      Uphold
                    </button>
                    <button type="button" onClick={() => void resolve(p.id, 'dismissed')}>
                      Dismiss
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
        <h3>Exports ({results.status === 'official' ? 'OFFICIAL' : 'PROVISIONAL'})</h3>
        <nav className="exports">
          {(['pdf', 'xlsx', 'csv', 'json'] as const).map((f) => (
            <a key={f} href={`/api/competitions/${cid}/export?format=${f}`} download>
              {f.toUpperCase()}
            </a>
          ))}
        </nav>
        <p className="muted">Check a JSON export anywhere with: npm run verify -- FILE.json</p>
      </section>
    </div>
  );
}
