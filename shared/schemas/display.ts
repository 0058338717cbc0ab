import { z } from 'zod';
import { clientId, LANGUAGES, slug } from './common.ts';

/** The board's views; `auto` lets a display rotate through them by itself. */
export const BOARD_VIEWS = ['ranking', 'heats', 'charts'] as const;
export type BoardView = (typeof BOARD_VIEWS)[number];

/**
 * `display:command` from an organizer: pin a view (or `auto` to rotate again), set the two
 * languages, or reload, on one display or on all of a competition's displays.
 */
export const DisplayCommand = z
  .strictObject({
    competitionId: slug,
    deviceId: z.union([z.literal('all'), clientId]),
    view: z.enum([...BOARD_VIEWS, 'auto']).optional(),
    languages: z.array(z.enum(LANGUAGES)).min(1).max(2).optional(),
    reload: z.literal(true).optional(),
  })
  .refine((c) => c.view !== undefined || c.languages !== undefined || c.reload !== undefined, 'a command needs view, languages or reload');
export type DisplayCommand = z.infer<typeof DisplayCommand>;

/** `display:pair` from an organizer: the code a new display shows. */
export const DisplayPair = z.strictObject({ competitionId: slug, code: z.string().trim().min(4).max(12) });
export type DisplayPair = z.infer<typeof DisplayPair>;
