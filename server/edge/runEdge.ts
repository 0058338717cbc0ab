import type { Config } from '../config.ts';
import { VERSION } from '../start.ts';
import { startEdge } from './startEdge.ts';

/** `GAUGE_ROLE=edge npm start`: follows the writer, then serves spectators until stopped. */
export async function runEdge(config: Config): Promise<void> {
  const edge = await startEdge(config, VERSION);
  console.log(`Gauge edge is running (writer ${config.writerUrl}, redis ${config.redisUrl})\n  ${edge.url}/`);
  const stop = () => void edge.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
