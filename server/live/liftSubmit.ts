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
      if (typeof competitionId !== 'string') throw new AppError('bad_request', 'competitionId is required', 'competitionId');
      // Not an id at all is bad input, before any question of who may write to it.
      if (!slug.safeParse(competitionId).success) throw new AppError('bad_request', 'competitionId must be a slug', 'competitionId');
      return (await recordLift(competitions, principalOf(socket), competitionId, body)).body;
    }),
  );
}
