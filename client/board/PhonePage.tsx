import { useEffect, useMemo, useState } from 'react';
import type { Language } from '../../shared/schemas/common.ts';
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx';
import { rememberLanguage } from '../i18n/screenLanguage.ts';
import { useScreenLanguage } from '../i18n/useScreenLanguage.ts';
import { useLive } from '../live/liveStore.ts';
import { useCommitTiming } from '../live/perf.ts';
import { Bilingual } from './Bilingual.tsx';
import { BoardHeader, FrozenBanner } from './BoardHeader.tsx';
import { LazyPhoneCharts } from './charts/LazyCharts.tsx';
import { rankingPages, type RankingPage } from './rankingPages.ts';
import { RankingTable } from './RankingTable.tsx';
import { LiftTicker, RunningHeats } from './RunningHeats.tsx';
import { TeamDuel } from './TeamDuel.tsx';
import { useBoardData } from './useBoardData.ts';

/** Overall, then each discipline: one tap picks the ranking the phone shows (only with several disciplines). */
function DisciplineSwitch({ pages, picked, onPick, languages }: { pages: RankingPage[]; picked: string; onPick(key: string): void; languages: Language[] }) {
  const lang = languages[0] ?? 'zh';
  return (
    <nav className="discipline-switch" data-testid="discipline-switch">
      {pages.map((page) => (
        <button key={page.key} type="button" data-testid={`switch-${page.key}`} aria-pressed={page.key === picked} onClick={() => onPick(page.key)}>
          {'k' in page.title ? <Bilingual k={page.title.k} languages={[lang]} /> : page.title.name(lang)}
        </button>
      ))}
    </nav>
  );
}

/** `/m/:cid`: the public board for a phone, every part stacked in one scrolling column. */
export function PhonePage({ competitionId, languages: asked }: { competitionId: string; languages: Language[] }) {
  // `?lang=zh,kk` shows both until the spectator picks one with the switch.
  const language = useScreenLanguage('phone');
  const languages = new URLSearchParams(window.location.search).has('lang') && asked[0] === language ? asked : [language];
  // Phones follow the public SSE feed (lighter on the server per reader than Socket.IO).
  const followFeed = useLive((s) => s.followFeed);
  const error = useLive((s) => s.error);
  const { live, shown, standings, frozen } = useBoardData('public');
  const [picked, setPicked] = useState('overall');
  const pages = useMemo(() => (shown && standings ? rankingPages(shown, standings) : []), [shown, standings]);
  useEffect(() => followFeed(competitionId), [followFeed, competitionId]);
  useCommitTiming(shown);

  if (!live || !shown || !standings) {
    return <div className="board phone loading">{error ?? <Bilingual k="loading" languages={languages} />}</div>;
  }
  const page = pages.find((p) => p.key === picked) ?? pages[0];
  return (
    <div className="board phone" data-testid="board" data-seq={shown.lastSeq} data-frozen={frozen}>
      <LanguageSwitch className="screen-lang phone-lang" remember={(lang) => rememberLanguage('phone', lang)} />
      <BoardHeader shown={shown} languages={languages} />
      {frozen && <FrozenBanner languages={languages} />}
      <TeamDuel competition={shown} teams={standings.teams} languages={languages} />
      {page && (
        <RankingTable
          key={page.key}
          competition={shown}
          page={page}
          languages={languages}
          extra={pages.length > 1 && <DisciplineSwitch pages={pages} picked={page.key} onPick={setPicked} languages={languages} />}
        />
      )}
      <RunningHeats live={live} shown={shown} languages={languages} />
      <LiftTicker shown={shown} languages={languages} />
      <LazyPhoneCharts shown={shown} languages={languages} />
    </div>
  );
}
