import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export interface TlsMaterial {
  cert: string;
  key: string;
  /** True when this start made a new certificate (tablets must trust it again). */
  created: boolean;
}

/** The names a tablet may use to reach this laptop: its LAN addresses, host name, localhost. */
export function localNames(): { dns: string[]; ips: string[] } {
  const ips = Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4')
    .map((a) => a!.address);
  return { dns: [...new Set(['localhost', hostname()])], ips: [...new Set(['127.0.0.1', ...ips])] };
}

const FILES = { cert: 'gauge-tls.crt', key: 'gauge-tls.key', names: 'gauge-tls.names.json' };

/**
 * A certificate the server makes for itself on first start and keeps beside the database,
 * so tablets trust it once. It is its own CA (Android and iOS install it as one) and lasts
 * 800 days (iOS refuses server certificates valid for more than 825). A new one is made
 * when the laptop has an address the old one does not name.
 */
export async function selfSignedCertificate(dir: string): Promise<TlsMaterial> {
  const names = localNames();
  const paths = { cert: join(dir, FILES.cert), key: join(dir, FILES.key), names: join(dir, FILES.names) };
  if (existsSync(paths.cert) && existsSync(paths.key) && existsSync(paths.names)) {
    const covered = JSON.parse(readFileSync(paths.names, 'utf8')) as { dns: string[]; ips: string[] };
    if (names.ips.every((ip) => covered.ips.includes(ip)) && names.dns.every((d) => covered.dns.includes(d))) {
      return { cert: readFileSync(paths.cert, 'utf8'), key: readFileSync(paths.key, 'utf8'), created: false };
    }
  }
  const now = new Date();
  const pems = await generate([{ name: 'commonName', value: `Gauge on ${hostname()}` }, { name: 'organizationName', value: 'Gauge' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - 60 * 60_000),
    notAfterDate: new Date(now.getTime() + 800 * 24 * 60 * 60_000),
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [...names.dns.map((value) => ({ type: 2 as const, value })), ...names.ips.map((ip) => ({ type: 7 as const, ip }))],
      },
    ],
  });
  writeFileSync(paths.key, pems.private, { mode: 0o600 });
  writeFileSync(paths.cert, pems.cert);
  writeFileSync(paths.names, JSON.stringify(names));
  return { cert: pems.cert, key: pems.private, created: true };
}

/** TLS_CERT/TLS_KEY files, or the self-made certificate. */
export async function loadTls(tls: { certPath: string; keyPath: string } | { selfSignedDir: string }): Promise<TlsMaterial> {
  if ('certPath' in tls) return { cert: readFileSync(tls.certPath, 'utf8'), key: readFileSync(tls.keyPath, 'utf8'), created: false };
  return selfSignedCertificate(tls.selfSignedDir);
}
