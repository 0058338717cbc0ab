import { AdminPage } from '../admin/AdminPage.tsx';
import { AnnouncerPage } from '../announcer/AnnouncerPage.tsx';
import { BoardPage } from '../board/BoardPage.tsx';
import { displayOptionsFromQuery } from '../board/displayStore.ts';
import { PhonePage } from '../board/PhonePage.tsx';
import { ControlPage } from '../control/ControlPage.tsx';
import { CompetitionList } from '../home/CompetitionList.tsx';
import { languagesFromQuery } from '../i18n/index.ts';
import { overlayOptionsFromQuery } from '../overlay/overlayOptions.ts';
import { OverlayPage } from '../overlay/OverlayPage.tsx';
import { RefereePage } from '../referee/RefereePage.tsx';
import { SeriesPage } from '../series/SeriesPage.tsx';
import { VenueBoard } from '../series/VenueBoard.tsx';
import { routeFor } from './route.ts';

const route = routeFor(window.location.pathname);
const languages = languagesFromQuery(window.location.search);
const display = displayOptionsFromQuery(window.location.search);
const overlay = overlayOptionsFromQuery(window.location.search);

export function App() {
  switch (route.page) {
    case 'board':
      return <BoardPage competitionId={route.competitionId} languages={languages} view={display.view} rotateS={display.rotateS} />;
    case 'phone':
      return <PhonePage competitionId={route.competitionId} languages={languages} />;
    case 'admin':
      return <AdminPage competitionId={route.competitionId} />;
    case 'referee':
      return <RefereePage competitionId={route.competitionId} />;
    case 'control':
      return <ControlPage competitionId={route.competitionId} language={languages[0]} />;
    case 'overlay':
      return <OverlayPage competitionId={route.competitionId} languages={languages} options={overlay} />;
    case 'announcer':
      return <AnnouncerPage competitionId={route.competitionId} />;
    case 'series':
      return route.venueId ? (
        <VenueBoard seriesId={route.seriesId} competitionId={route.venueId} languages={languages} />
      ) : (
        <SeriesPage seriesId={route.seriesId} languages={languages} roundId={new URLSearchParams(window.location.search).get('round')} />
      );
    case 'home':
      return <CompetitionList />;
  }
}
