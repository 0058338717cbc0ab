import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/schemas/common.ts';
import { heatDiscipline } from '../disciplines/registry.ts';
import { nameIn } from '../i18n/index.ts';
import { useLive } from '../live/liveStore.ts';
import { useOutbox } from '../outbox/outboxStore.ts';
import { HeatPanel } from './HeatPanel.tsx';
import { heatView } from './heatView.ts';
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx';
import { rememberLanguage } from '../i18n/screenLanguage.ts';
import { LiftDetail } from './LiftDetail.tsx';
import { LiftForm } from './LiftForm.tsx';
import { LiftList } from './LiftList.tsx';
import { LoginView } from './LoginView.tsx';
import { useReferee } from './refereeStore.ts';
import { useRefereeRuntime } from './runtime.ts';
import { useSession } from './sessionStore.ts';
import { StatusBar } from './StatusBar.tsx';

/** The referee tablet (1280×800): heats on the left, lift entry in the middle, lifts on the right. */
export function RefereePage({ competitionId }: { competitionId: string }) {
  useRefereeRuntime(competitionId);
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const session = useSession((s) => s.session);
  const logout = useSession((s) => s.logout);
  const competition = useLive((s) => s.competition);
  const error = useLive((s) => s.error);
  const entries = useOutbox((s) => s.entries);
  const acked = useOutbox((s) => s.acked);
  const heatId = useReferee((s) => s.heatId);
  const openLiftKey = useReferee((s) => s.openLiftKey);

  const title = competition ? nameIn(competition.setup.name, language) : competitionId;
  const view = competition && heatId ? heatView(competition, heatId, entries, acked) : null;
  const openRow = view?.rows.find((r) => r.key === openLiftKey);
  // The heat's discipline picks the screen: its own (transshipment taps, the examiner's tasks) or the lift form and list.
  const discipline = competition && view ? heatDiscipline(competition.setup, view.heat.id) : null;
  const HeatScreen = discipline?.view.HeatScreen;

  return (
    <div className="referee" data-testid="referee">
      <header className="referee-header">
        <h1>{t('referee.title')} · {title}</h1>
        <StatusBar />
        <LanguageSwitch className="lang-switch" remember={(lang) => rememberLanguage('referee', lang)} />
        {session && (
          <button type="button" className="secondary-btn logout" data-testid="logout" onClick={logout}>
            {t('referee.logout')}
          </button>
        )}
      </header>
      {!session ? (
        <LoginView title={title} />
      ) : !competition ? (
        <div className="referee-loading">{error ?? t('loading')}</div>
      ) : (
        <main className="referee-main">
          <HeatPanel competition={competition} view={view} language={language} />
          {view && discipline && HeatScreen ? (
            <HeatScreen key={view.heat.id} competitionId={competitionId} competition={competition} view={view} rule={discipline.rule} />
          ) : view && discipline ? (
            <>
              <LiftForm key={view.heat.id} competitionId={competitionId} view={view} rule={discipline.rule} />
              <LiftList view={view} rule={discipline.rule} />
            </>
          ) : (
            <section className="panel muted-panel">{t('referee.heat.pickFirst')}</section>
          )}
          {openRow && discipline && (
            <LiftDetail
              key={openRow.key}
              competitionId={competitionId}
              row={openRow}
              rule={discipline.rule}
              setup={competition.setup}
              locked={view?.heat.status === 'confirmed'}
            />
          )}
        </main>
      )}
    </div>
  );
}
