import { AdminPage } from '../admin/AdminPage.tsx';
import { BoardPage } from '../board/BoardPage.tsx';
import { CompetitionList } from '../home/CompetitionList.tsx';
import { languagesFromQuery } from '../i18n/index.ts';
import { RefereePage } from '../referee/RefereePage.tsx';
import { routeFor } from './route.ts';

export function App() {
  const route = routeFor(window.location.pathname);
  const languages = languagesFromQuery(window.location.search);
  switch (route.page) {
    case 'board':
      return <BoardPage competitionId={route.competitionId} languages={languages} />;
    case 'phone':
      return (
        <div className="phone">
          <BoardPage competitionId={route.competitionId} languages={languages} />
        </div>
      );
    case 'admin':
      return <AdminPage competitionId={route.competitionId} />;
    case 'referee':
      return <RefereePage competitionId={route.competitionId} />;
    case 'home':
      return <CompetitionList />;
  }
}
