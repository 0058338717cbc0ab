export type Route =
  | { page: 'home' }
  | { page: 'board'; competitionId: string }
  | { page: 'phone'; competitionId: string }
  | { page: 'admin'; competitionId?: string }
  | { page: 'referee'; competitionId: string }
  | { page: 'control'; competitionId: string }
  | { page: 'overlay'; competitionId: string }
  | { page: 'announcer'; competitionId: string }
  | { page: 'series'; seriesId: string; venueId?: string };

/** The client's routes from DESIGN.md (plus the organizer's screen control); anything else lands on the list. */
export function routeFor(pathname: string): Route {
  const [, section, id, sub, subId] = pathname.split('/');
  if (section === 'board' && id) return { page: 'board', competitionId: decodeURIComponent(id) };
  if (section === 'm' && id) return { page: 'phone', competitionId: decodeURIComponent(id) };
  if (section === 'admin') return id ? { page: 'admin', competitionId: decodeURIComponent(id) } : { page: 'admin' };
  if (section === 'referee' && id) return { page: 'referee', competitionId: decodeURIComponent(id) };
  if (section === 'control' && id) return { page: 'control', competitionId: decodeURIComponent(id) };
  if (section === 'overlay' && id) return { page: 'overlay', competitionId: decodeURIComponent(id) };
  if (section === 'announcer' && id) return { page: 'announcer', competitionId: decodeURIComponent(id) };
  if (section === 'series' && id) return sub === 'venue' && subId ? { page: 'series', seriesId: decodeURIComponent(id), venueId: decodeURIComponent(subId) } : { page: 'series', seriesId: decodeURIComponent(id) };
  return { page: 'home' };
}
