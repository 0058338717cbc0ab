import express from 'express';
import helmet from 'helmet';
import { AppError } from '../../shared/commandError.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import { bearerToken } from '../auth/authenticate.ts';
import type { Competitions } from '../commands/competitions.ts';
import type { PresenceRegistry } from '../presence/registry.ts';
import type { Readers } from '../public/readers.ts';
import type { Series } from '../series/series.ts';
import type { ResultsSigner } from '../signing/resultsKey.ts';
import type { Backups } from '../store/backups.ts';
import { trustRoutes } from '../tls/trustPage.ts';
import { clientPages } from './clientPages.ts';
import { compressResponses } from './compress.ts';
import { setPrincipal } from './context.ts';
import { errorHandler, notFound } from './errors.ts';
import { answerRoutes } from './routes/answers.ts';
import { adminSessionRoutes, authRoutes, refereeLoginRoutes } from './routes/auth.ts';
import { PinGuard } from '../auth/pinGuard.ts';
import { backupRoutes } from './routes/backups.ts';
import { boardRoutes } from './routes/board.ts';
import { competitionRoutes } from './routes/competitions.ts';
import { exportRoutes } from './routes/exports.ts';
import { feedRoutes } from './routes/feed.ts';
import { heatRoutes } from './routes/heats.ts';
import { liftRoutes } from './routes/lifts.ts';
import { resultRoutes } from './routes/results.ts';
import { seriesRoutes } from './routes/series.ts';
import { setupRoutes } from './routes/setup.ts';
import { stationRoutes } from './routes/stations.ts';

export interface AppDeps {
  competitions: Competitions;
  presence: PresenceRegistry;
  readers: Readers;
  authenticate: Authenticator;
  signingKey: Buffer;
  /** Signs results: exports and sign-offs carry its signature; its public key is published. */
  signer: ResultsSigner;
  clientDist: string;
  version: string;
  log: (line: string) => void;
  backups?: Backups;
  /** The server's own TLS certificate, offered at /trust when it serves HTTPS. */
  certificatePem?: string;
  /** How often the SSE feed sends a keep-alive comment. */
  feedHeartbeatMs?: number;
  /** Series across venues, and records across every competition known here. */
  series: Series;
  /** The referee PINs' guard (one per server); made here unless given. */
  pinGuard?: PinGuard;
}

export function createApp(deps: AppDeps): express.Express {
  const { competitions, presence, readers, authenticate, signingKey, signer, clientDist, version, log, backups, certificatePem } = deps;
  const app = express();
  app.disable('x-powered-by');
  // Tablets reach the laptop by a LAN address over plain HTTP; upgrading requests to HTTPS would break them.
  const securityHeaders = helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } }, strictTransportSecurity: false });
  // The page policies (CSP, framing, referrer, …) act on documents, not on the hashed scripts,
  // styles and fonts a page loads: there they were ~650 bytes of headers on each of a board's
  // ~40 files. Assets keep nosniff, which does act on scripts and styles.
  app.use((req, res, next) => {
    if (!req.path.startsWith('/assets/')) return securityHeaders(req, res, next);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    next();
  });
  app.use(compressResponses());
  app.use('/api', express.json({ limit: '256kb' }));

  app.use('/api', (req, _res, next) => {
    const token = bearerToken(req.headers.authorization);
    const principal = authenticate(token);
    // A token that was sent but is not valid is an error even on public routes: the caller meant to be someone.
    if (token && !principal) throw new AppError('unauthorized', 'invalid or expired token');
    setPrincipal(req, principal);
    next();
  });

  app.get('/api/health', (_req, res) =>
    res.json({ ok: true, version, storage: 'sqlite', time: new Date().toISOString(), resultsKey: signer.publicKey }),
  );
  // The key that checks this server's signed results (`npm run verify -- FILE.json --key …`).
  app.get('/api/keys', (_req, res) => res.json({ results: { algorithm: 'Ed25519', publicKey: signer.publicKey } }));
  const pinGuard = deps.pinGuard ?? new PinGuard();
  app.use('/api/auth', authRoutes(competitions, signingKey, pinGuard, log));
  app.use('/api/admin', adminSessionRoutes());
  app.use(
    '/api/competitions',
    competitionRoutes(competitions, readers, presence),
    feedRoutes(competitions, readers.publicLog, { heartbeatMs: deps.feedHeartbeatMs ?? 15_000 }),
    setupRoutes(competitions),
    heatRoutes(competitions),
    liftRoutes(competitions),
    answerRoutes(competitions),
    resultRoutes(competitions, signer),
    boardRoutes(competitions),
    stationRoutes(competitions, presence),
    backupRoutes(competitions, backups ?? null),
    refereeLoginRoutes(competitions, pinGuard),
    exportRoutes(competitions, readers, signer),
  );
  app.use('/api', seriesRoutes(deps.series));
  app.use('/api', notFound);
  if (certificatePem) app.use(trustRoutes(certificatePem));

  app.use(clientPages(clientDist));
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
