import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config.ts';

/** Listens on the configured host and port; answers the port taken and a host a client can dial. */
export async function listen(http: Server, config: Pick<Config, 'host' | 'port'>): Promise<{ port: number; host: string }> {
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, resolve);
  });
  const { port } = http.address() as AddressInfo;
  // A server on every interface is reached, from here, on loopback.
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  return { port, host };
}
