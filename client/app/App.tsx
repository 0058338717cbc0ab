import { lazy, Suspense } from 'react';
import { displayOptionsFromQuery } from '../board/displayStore.ts';
import { languagesFromQuery } from '../i18n/index.ts';
import { overlayOptionsFromQuery } from '../overlay/overlayOptions.ts';
import { routeFor } from './route.ts';

// Each app is its own chunk: a phone on mobile data downloads the phone view, never the
// referee's outbox or the admin's forms.
const AdminPage = lazy(() => import('../admin/AdminPage.tsx').then((m) => ({ default: m.AdminPage })));
const AnnouncerPage = lazy(() => import('../announcer/AnnouncerPage.tsx').then((m) => ({ default: m.AnnouncerPage })));
const BoardPage = lazy(() => import('../board/BoardPage.tsx').then((m) => ({ default: m.BoardPage })));
const PhonePage = lazy(() => import('../board/PhonePage.tsx').then((m) => ({ default: m.PhonePage })));
const ControlPage = lazy(() => import('../control/ControlPage.tsx').then((m) => ({ default: m.ControlPage })));
const CompetitionList = lazy(() => import('../home/CompetitionList.tsx').then((m) => ({ default: m.CompetitionList })));
const OverlayPage = lazy(() => import('../overlay/OverlayPage.tsx').then((m) => ({ default: m.OverlayPage })));
const RefereePage = lazy(() => import('../referee/RefereePage.tsx').then((m) => ({ default: m.RefereePage })));
const SeriesPage = lazy(() => import('../series/SeriesPage.tsx').then((m) => ({ default: m.SeriesPage })));
const VenueBoard = lazy(() => import('../series/VenueBoard.tsx').then((m) => ({ default: m.VenueBoard })));

const route = routeFor(window.location.pathname);
const languages = languagesFromQuery(window.location.search);
const display = displayOptionsFromQuery(window.location.search);
const overlay = overlayOptionsFromQuery(window.location.search);

function Page() {
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
      return <ControlPage competitionId={route.competitionId} />;
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

export function App() {
  return (
    <Suspense fallback={null}>
      <Page />
    </Suspense>
  );
}
