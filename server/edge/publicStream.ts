import { z } from 'zod';
import type { StoredEvent } from '../../shared/events.ts';
import type { PublicEvent } from '../../shared/public/publicEvent.ts';

/**
 * The Redis Stream that carries the public projection from the writer to the edges. One
 * stream for every competition: it keeps the writer's commit order, an edge follows all
 * competitions with one XREAD, and a new competition needs no discovery. Each entry is one
 * committed public event (and, at a reveal, the values the freeze withheld).
 */
export const PUBLIC_STREAM_KEY = 'gauge:public-events';
/** About this many entries are kept (MAXLEN ~): an edge further behind catches up from the writer. */
export const PUBLIC_STREAM_MAXLEN = 1_000_000;

export interface PublicEntry {
  competitionId: string;
  event: PublicEvent;
  revealed: readonly StoredEvent[];
}

export const encodeEntry = ({ competitionId, event, revealed }: PublicEntry): Record<string, string> => ({
  cid: competitionId,
  seq: String(event.seq),
  event: JSON.stringify(event),
  revealed: JSON.stringify(revealed),
});

const EventShape = z.looseObject({ seq: z.number().int().positive(), type: z.string(), hash: z.string() });
const EntryFields = z.object({ cid: z.string().min(1), seq: z.string(), event: z.string(), revealed: z.string() });

/** The events were checked by the writer before they were committed; here only their shape is checked. */
export function decodeEntry(fields: Record<string, string>): PublicEntry | null {
  const parsed = EntryFields.safeParse(fields);
  if (!parsed.success) return null;
  try {
    const event = EventShape.parse(JSON.parse(parsed.data.event)) as unknown as PublicEvent;
    const revealed = z.array(EventShape).parse(JSON.parse(parsed.data.revealed)) as unknown as StoredEvent[];
    if (String(event.seq) !== parsed.data.seq) return null;
    return { competitionId: parsed.data.cid, event, revealed };
  } catch {
    return null;
  }
}
