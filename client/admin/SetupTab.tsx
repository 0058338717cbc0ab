import type { CompetitionState } from '../../shared/state.ts';
import { useAdmin } from './adminStore.ts';
import { draftFromDocument } from './setupDraft.ts';
import { SetupForm } from './SetupForm.tsx';

/** The setup, editable until the first heat starts; station keys can be reset at any time. */
export function SetupTab({ state }: { state: CompetitionState }) {
  const resetKey = useAdmin((s) => s.resetStationKey);
  const cid = state.setup.id;
  return (
    <div className="setup-tab">
      {state.status === 'setup' ? (
        // Keyed by seq: after a save the form starts again from what the server holds.
        <SetupForm key={state.lastSeq} initial={draftFromDocument(state.setup)} cid={cid} />
      ) : (
        <p className="muted">The setup is locked: a heat has started. (Rule: {JSON.stringify(state.setup.rule)})</p>
      )}
      <section>
        <h3>Station keys</h3>
        <p className="muted">Keys are stored hashed; resetting one shows the new key once and stops the old one at once.</p>
        <ul>
          {state.setup.cranes.map((c) => (
            <li key={c.id}>
              {c.id} ({c.kind}){' '}
              <button type="button" onClick={() => void resetKey(cid, c.id)}>
                Reset key
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
