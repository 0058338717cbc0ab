import { z } from 'zod';
import type { PublicEvent } from '../../shared/public/publicEvent.ts';

/** The API's page size for /events. */
export const EVENTS_PAGE = 10_000;

const CompetitionList = z.object({ competitions: z.array(z.object({ id: z.string(), lastSeq: z.number().int() })) });
const EventsPage = z.object({ events: z.array(z.looseObject({ seq: z.number().int().positive(), type: z.string(), hash: z.string() })), lastSeq: z.number().int() });

/** The writer's public read API, as an edge catches up from it (anonymous: it answers with the public projection). */
export class WriterClient {
  constructor(readonly url: string) {}

  async competitions(): Promise<{ id: string; lastSeq: number }[]> {
    return CompetitionList.parse(await this.get('/api/competitions')).competitions;
  }

  async eventsSince(competitionId: string, since: number, limit = EVENTS_PAGE): Promise<{ events: PublicEvent[]; lastSeq: number }> {
    const page = EventsPage.parse(await this.get(`/api/competitions/${encodeURIComponent(competitionId)}/events?since=${since}&limit=${limit}`));
    return { events: page.events as unknown as PublicEvent[], lastSeq: page.lastSeq };
  }

  private async get(path: string): Promise<unknown> {
    const res = await fetch(`${this.url}${path}`, { signal: AbortSignal.timeout(10_000) });
    if (!res.ok) throw new Error(`writer answered ${res.status} for ${path}`);
    return res.json();
  }
}
