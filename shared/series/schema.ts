import { z } from 'zod';
import { LocalizedName, slug } from '../schemas/common.ts';

/** Where a source's competition lives: absent = this server; else another Gauge server's base URL. */
const serverUrl = z
  .string()
  .max(500)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && !url.search && !url.hash && !url.username && !url.password;
    } catch {
      return false;
    }
  }, 'must be an http(s) URL of a Gauge server, without query, fragment or credentials')
  // One spelling per server, so the same source is followed once.
  .transform((value) => value.replace(/\/+$/, ''));

export const SeriesSource = z.strictObject({ competitionId: slug, url: serverUrl.optional(), venue: LocalizedName.optional() });

export const SeriesRound = z.strictObject({
  id: slug,
  name: LocalizedName,
  sources: z.array(SeriesSource).min(1).max(32),
  /** The best `perSource` of each source go on (ties at the cut all do), to round `to` when named. */
  advance: z.strictObject({ perSource: z.number().int().min(1).max(100), to: slug.optional() }).optional(),
});

const seriesShape = z.strictObject({ id: slug, name: LocalizedName, rounds: z.array(SeriesRound).min(1).max(10) });

/** A source is one competition on one server: `url|competitionId` (local sources have no url). */
export const sourceKey = (source: { competitionId: string; url?: string }): string => `${source.url ?? ''}|${source.competitionId}`;

/** The body of POST /api/series: ids unique, no source listed twice across the series. */
export const SeriesDocument = seriesShape.superRefine((series, ctx) => {
  const rounds = new Set<string>();
  const sources = new Set<string>();
  const later = (r: number) => new Set(series.rounds.slice(r + 1).map((round) => round.id));
  series.rounds.forEach((round, r) => {
    const to = round.advance?.to;
    if (to !== undefined && !later(r).has(to)) ctx.addIssue({ code: 'custom', path: ['rounds', r, 'advance', 'to'], message: `unknown round ${to} (advancing goes to a later round of this series)` });
    if (rounds.has(round.id)) ctx.addIssue({ code: 'custom', path: ['rounds', r, 'id'], message: `duplicate round ${round.id}` });
    rounds.add(round.id);
    round.sources.forEach((source, s) => {
      const key = sourceKey(source);
      if (sources.has(key)) ctx.addIssue({ code: 'custom', path: ['rounds', r, 'sources', s, 'competitionId'], message: `source ${source.competitionId}${source.url ? ` at ${source.url}` : ''} is listed twice` });
      sources.add(key);
    });
  });
});
export type SeriesDocument = z.infer<typeof SeriesDocument>;
export type SeriesRound = z.infer<typeof SeriesRound>;
export type SeriesSource = z.infer<typeof SeriesSource>;
