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
  /** Where its station keys are kept, for `npm run simulate -- --keys`. */
  keysPath: string;
}

/** The demos seeded into an empty database: the placement duel, and a contest of three disciplines. */
const DEMOS = [
  { setup: new URL('../../fixtures/demo/alashankou.setup.json', import.meta.url), keysFile: 'demo-station-keys.json' },
  { setup: new URL('../../fixtures/demo/khorgos-triathlon.setup.json', import.meta.url), keysFile: 'demo-triathlon-station-keys.json' },
] as const;

export const DEMO_SETUP_PATH = DEMOS[0].setup;
export const demoKeysPath = (config: Config, keysFile: string = DEMOS[0].keysFile): string => join(dataDir(config), keysFile);

export function loadDemoSetup(path: URL = DEMO_SETUP_PATH): SetupDocument {
  return SetupDocument.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/**
 * Seeds the demo competitions into an empty database (each one's station keys in a file of
 * its own beside it, in the simulator's format); on later starts, reports what was seeded.
 */
export async function seedDemos(competitions: Competitions, config: Config): Promise<DemoSeed[]> {
  const empty = competitions.list().length === 0;
  const seeded: DemoSeed[] = [];
  for (const { setup, keysFile } of DEMOS) {
    const document = loadDemoSetup(setup);
    const keysPath = demoKeysPath(config, keysFile);
    const refereePin = document.refereePin ?? '';
    if (empty) {
      const { stationKeys } = competitions.create(document, { role: 'admin' }, await hashPins(document));
      writeFileSync(keysPath, JSON.stringify({ competitionId: document.id, stationKeys }, null, 2), { mode: 0o600 });
      seeded.push({ competitionId: document.id, refereePin, stationKeys, keysPath });
      continue;
    }
    if (!competitions.has(document.id)) continue;
    const saved = existsSync(keysPath) ? (JSON.parse(readFileSync(keysPath, 'utf8')) as { stationKeys?: Record<string, string> }) : {};
    seeded.push({ competitionId: document.id, refereePin, stationKeys: saved.stationKeys ?? null, keysPath });
  }
  return seeded;
}

/** The placement demo (the first), as start-up banners and tests have always known it. */
export const seedDemo = async (competitions: Competitions, config: Config): Promise<DemoSeed | null> => (await seedDemos(competitions, config))[0] ?? null;
