import { AppError } from '../../shared/commandError.ts';
import type { Actor } from '../../shared/events.ts';

/** Who is calling, as established from their token. */
export type Principal =
  | { role: 'admin' }
  | { role: 'referee'; competitionId: string; refereeId?: string }
  | { role: 'station'; competitionId: string; craneId: string };

export type WriterRole = Principal['role'];

/** Checks the caller may act on this competition in one of these roles (admin may do anything). */
export function authorize(principal: Principal | null, competitionId: string, roles: readonly WriterRole[]): Principal {
  if (!principal) throw new AppError('unauthorized', 'this needs a token: Authorization: Bearer <token>');
  if (principal.role === 'admin') return principal;
  if (!roles.includes(principal.role)) throw new AppError('forbidden', `a ${principal.role} may not do this`);
  if (principal.competitionId !== competitionId) throw new AppError('forbidden', 'this token belongs to another competition');
  return principal;
}

/** Who an event says did it: a station by crane, a named referee by id (the shared PIN has none). */
export function actorOf(principal: Principal): Actor {
  if (principal.role === 'station') return { role: 'station', id: principal.craneId };
  if (principal.role === 'referee' && principal.refereeId) return { role: 'referee', id: principal.refereeId };
  return { role: principal.role };
}
