// What the server exposes, found at test time so a new route or socket event cannot be
// left out of the fuzz or the authorization matrix: the Express app's router stack, and
// the `socket.on('…')` handlers in server/live.
import { readdirSync, readFileSync } from 'node:fs';
import { createApp, type AppDeps } from '../../server/http/app.ts';

interface Layer {
  rawPath?: unknown;
  route?: { path: unknown; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

function walk(stack: Layer[], prefix: string, out: Set<string>): void {
  for (const layer of stack) {
    const path = typeof layer.rawPath === 'string' ? layer.rawPath : null;
    if (layer.route && typeof layer.route.path === 'string') {
      for (const [method, on] of Object.entries(layer.route.methods)) if (on && method !== '_all') out.add(`${method.toUpperCase()} ${prefix}${layer.route.path}`);
    } else if (layer.handle?.stack && path !== null) {
      walk(layer.handle.stack, prefix + (path === '/' ? '' : path), out);
    }
  }
}

/**
 * "METHOD /api/…" for every API route of the app `createApp` builds. Building it touches
 * none of its dependencies (they are used per request), so stand-ins do; the running
 * server's app is not reachable once Socket.IO has wrapped its request listener.
 */
export function registeredApiRoutes(): string[] {
  const unused = {} as unknown;
  const deps = { competitions: unused, presence: unused, readers: unused, authenticate: () => null, signingKey: Buffer.alloc(32), signer: unused, clientDist: '/nonexistent', version: 'test', log: () => {}, backups: unused, certificatePem: 'pem', series: unused } as AppDeps;
  const app = createApp(deps) as unknown as { router: { stack: Layer[] } };
  const out = new Set<string>();
  walk(app.router.stack, '', out);
  // A router mounted at /api/competitions registers '/' as '/api/competitions/'; callers write it without the slash.
  return [...out].map((r) => r.replace(/(.)\/$/, '$1')).filter((r) => r.split(' ')[1]!.startsWith('/api/')).sort();
}

/** Events a client may emit that some server/live module handles (`disconnect` is Socket.IO's own). */
export function handledSocketEvents(): string[] {
  const folder = new URL('../../server/live/', import.meta.url);
  const out = new Set<string>();
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(new URL(file, folder), 'utf8');
    for (const match of source.matchAll(/socket\.(?:on|once)\(\s*['"`]([^'"`]+)['"`]/g)) out.add(match[1]!);
  }
  out.delete('disconnect');
  out.delete('disconnecting');
  return [...out].sort();
}
