import type { OutboxEntry } from './db.ts';

export interface SendResult {
  status: number | 'network';
  error?: { code: string; message: string };
}

/** One attempt to deliver an entry over REST. Never throws. */
export async function sendEntry(entry: OutboxEntry, token: string): Promise<SendResult> {
  let res: Response;
  try {
    res = await fetch(entry.path, {
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
