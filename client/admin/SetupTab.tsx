import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/schemas/common.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { nameIn } from '../i18n/index.ts';
import { useAdmin } from './adminStore.ts';
import { RuleSummary } from './RuleSummary.tsx';
import { draftFromDocument } from './setupDraft.ts';
import { SetupForm } from './SetupForm.tsx';

/** The setup, editable until the first heat starts; station keys can be reset at any time. */
export function SetupTab({ state }: { state: CompetitionState }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const resetKey = useAdmin((s) => s.resetStationKey);
  const cid = state.setup.id;
  return (
    <div className="setup-tab">
      {state.status === 'setup' ? (
        // Keyed by seq: after a save the form starts again from what the server holds.
        <SetupForm key={state.lastSeq} initial={draftFromDocument(state.setup)} cid={cid} />
      ) : (
        <section>
          <p className="muted">{t('admin.setup.locked')}</p>
          <h3>{t('admin.setup.rule')}</h3>
          <RuleSummary setup={state.setup} />
        </section>
      )}
      <section>
        <h3>{t('admin.setup.stationKeys')}</h3>
        <p className="muted">{t('admin.setup.keysNote')}</p>
        <ul className="station-keys">
          {state.setup.cranes.map((c) => (
            <li key={c.id}>
              <strong>{nameIn(c.name, language) || c.id}</strong> <span className="muted">({t(`admin.setup.craneKind.${c.kind}`)})</span>{' '}
              <button type="button" onClick={() => void resetKey(cid, c.id, c.name)}>
                {t('admin.setup.resetKey')}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
