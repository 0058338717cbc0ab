import type { CommandKind, OutboxCommand, OutboxEntry } from './entry.ts';

export interface SendResult {
  status: number | 'network';
  error?: { code: string; message: string };
}

const segment = encodeURIComponent;

/** Where each kind of command goes, below /api/competitions/:cid (DESIGN.md, API contract). */
const ROUTE: { [K in CommandKind]: (command: OutboxCommand<K>) => string } = {
  lift: () => '/lifts',
  heat: (c) => `/heats/${segment(c.heatId)}/${c.verb}`,
  correction: (c) => `/lifts/${segment(c.liftId)}/corrections`,
  void: (c) => `/lifts/${segment(c.liftId)}/void`,
  answer: () => '/answers',
  answerCorrection: (c) => `/answers/${segment(c.answerId)}/corrections`,
};

function routeOf<K extends CommandKind>(command: OutboxCommand<K>): string {
  return ROUTE[command.kind](command);
}

/** The URL an entry is POSTed to. */
export function pathOf(entry: OutboxEntry): string {
  return `/api/competitions/${segment(entry.competitionId)}${routeOf(entry)}`;
}

/** One attempt to deliver an entry over REST. Never throws. */
export async function sendEntry(entry: OutboxEntry, token: string): Promise<SendResult> {
  let res: Response;
  try {
    res = await fetch(pathOf(entry), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(entry.body),
      cache: 'no-store',
    });
  } catch {
    return { status: 'network' };
  }
  if (res.ok) return { status: res.status };
  const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  return { status: res.status, error: body?.error ?? { code: 'http_' + res.status, message: res.statusText } };
}
