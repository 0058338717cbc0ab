import { networkInterfaces } from 'node:os';
import { adminTokenPath } from './auth/keptAdminToken.ts';
import { loadConfig } from './config.ts';
import { runEdge } from './edge/runEdge.ts';
import { startServer } from './start.ts';

const config = loadConfig();
// GAUGE_ROLE=edge: a spectator edge with no database (server/edge); the writer otherwise.
if (config.role === 'edge') await runEdge(config);
else await runWriter();

async function runWriter() {
  const server = await startServer(config);

  /** Addresses tablets and screens on the LAN can use. */
  function lanUrls(): string[] {
    if (config.host !== '0.0.0.0' && config.host !== '::') return [server.url];
    const addresses = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && a.family === 'IPv4' && !a.internal)
      .map((a) => `${new URL(server.url).protocol}//${a!.address}:${server.port}`);
    return [server.url, ...addresses];
  }

  const lines = [`Gauge is running (database ${config.dbPath})`];
  for (const base of lanUrls()) lines.push(`  ${base}/`);
  for (const demo of server.demos) {
    const cid = demo.competitionId;
    lines.push(
      `Demo competition ${cid}:`,
      `  board    ${server.url}/board/${cid}`,
      `  phone    ${server.url}/m/${cid}`,
      `  referee  ${server.url}/referee/${cid}   (PIN ${demo.refereePin})`,
      `  simulate npm run simulate -- --url ${server.url} --keys ${demo.keysPath} --pin ${demo.refereePin}`,
    );
  }
  if (config.tls) lines.push(`  trust    ${server.url}/trust   (how to trust this server's certificate on a tablet)`);
  lines.push(`  admin    ${server.url}/admin   (admin token ${config.adminTokenGenerated ? `${config.adminToken}  — kept in ${adminTokenPath(config.dbPath)}` : 'from ADMIN_TOKEN'})`);
  console.log(lines.join('\n'));

  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
