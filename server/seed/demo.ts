import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SetupDocument } from '../../shared/schemas/setup.ts';
import { hashPins } from '../auth/refereePins.ts';
import type { Competitions } from '../commands/competitions.ts';
import { dataDir, type Config } from '../config.ts';

export interface DemoSeed {
  competitionId: string;
  refereePin: string;
  /** Known only when the demo was seeded by this database's first start (kept beside it for the simulator). */
  stationKeys: Record<string, string> | null;
}

export const DEMO_SETUP_PATH = new URL('../../fixtures/demo/alashankou.setup.json', import.meta.url);
export const demoKeysPath = (config: Config): string => join(dataDir(config), 'demo-station-keys.json');

export function loadDemoSetup(): SetupDocument {
  return SetupDocument.parse(JSON.parse(readFileSync(DEMO_SETUP_PATH, 'utf8')));
}

/** Seeds the demo competition into an empty database; on later starts, reports what was seeded. */
export async function seedDemo(competitions: Competitions, config: Config): Promise<DemoSeed | null> {
  const document = loadDemoSetup();
  const keysPath = demoKeysPath(config);
  if (competitions.list().length === 0) {
    const { stationKeys } = competitions.create(document, { role: 'admin' }, await hashPins(document));
    writeFileSync(keysPath, JSON.stringify({ competitionId: document.id, stationKeys }, null, 2), { mode: 0o600 });
    return { competitionId: document.id, refereePin: document.refereePin ?? '', stationKeys };
  }
  if (!competitions.has(document.id)) return null;
  const saved = existsSync(keysPath) ? (JSON.parse(readFileSync(keysPath, 'utf8')) as { stationKeys?: Record<string, string> }) : {};
  return { competitionId: document.id, refereePin: document.refereePin ?? '', stationKeys: saved.stationKeys ?? null };
}
