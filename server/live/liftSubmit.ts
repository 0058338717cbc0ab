import type { Socket } from 'socket.io';
import { AppError } from '../../shared/commandError.ts';
import { slug } from '../../shared/schemas/common.ts';
import { recordLift } from '../commands/lifts.ts';
import { answering, principalOf, type LiveContext } from './context.ts';

/** `lift:submit {competitionId, ...lift}` → `{ok, seq, lift}`: the REST command over the socket. */
export function handleLiftSubmit(socket: Socket, { competitions }: LiveContext): void {
  socket.on(
    'lift:submit',
    answering(socket, async (payload) => {
      if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
        throw new AppError('bad_request', 'expected an object');
      }
      const { competitionId, ...body } = payload as Record<string, unknown>;
      // A malformed id is the body's fault (400), not a competition the caller may not write (403).
      if (typeof competitionId !== 'string' || !slug.safeParse(competitionId).success) throw new AppError('bad_request', 'competitionId must be a competition id', 'competitionId');
      return (await recordLift(competitions, principalOf(socket), competitionId, body)).body;
    }),
  );
}
