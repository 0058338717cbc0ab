import { readFileSync } from 'node:fs';
import { ADMIN_TOKEN } from './server.ts';

export interface FixtureLift {
  atS: number;
  heatId: string;
  index: number;
  containerNo: string;
  slot: string;
  dxMm: number;
  dyMm: number;
  penalties: string[];
  dropped: boolean;
  cycleTimeS: number;
}

/** The demo's recorded station feed (80 lifts, 10 per heat). */
export const demoLifts = (): FixtureLift[] =>
  JSON.parse(readFileSync(new URL('../../fixtures/demo/alashankou.lifts.json', import.meta.url), 'utf8')) as FixtureLift[];

/** A fixture lift as a submission body (the feed's arrival time is not part of it). */
export function submission({ atS: _, ...lift }: FixtureLift, id: string) {
  return { id, ...lift };
}

/** A small REST client for one competition: referee writes, admin writes, answers checked. */
export async function competitionApi(baseUrl: string, competitionId: string, pin = '2468') {
  const login = await fetch(`${baseUrl}/api/auth/referee`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ competitionId, pin }),
  });
  if (!login.ok) throw new Error(`referee login: ${login.status} ${await login.text()}`);
  const refereeToken = ((await login.json()) as { token: string }).token;
  const send = async (token: string, path: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> => {
    const res = await fetch(`${baseUrl}/api/competitions/${competitionId}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const ok = async (token: string, path: string, body: unknown) => {
    const answer = await send(token, path, body);
    if (answer.status >= 300) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  return {
    refereeToken,
    referee: (path: string, body: unknown = {}) => ok(refereeToken, path, body),
    admin: (path: string, body: unknown = {}) => ok(ADMIN_TOKEN, path, body),
    send,
  };
}
