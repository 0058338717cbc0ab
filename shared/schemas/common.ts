import { z } from 'zod';

export const LANGUAGES = ['zh', 'kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Text fields are bounded so a hostile body cannot bloat the log. */
export const text = z.string().trim().min(1).max(200);

/** An IANA time zone the runtime knows ("Asia/Almaty"): screens format clocks with it, so a typo must not reach them. */
export const timeZone = text.refine((zone) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as Asia/Shanghai');
export const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/i, 'must be a slug (letters, digits, dashes)');
export const clientId = z.string().regex(/^[A-Za-z0-9_.:-]{1,100}$/, 'must be 1-100 of A-Z a-z 0-9 _ . : -');
export const isoTime = z.iso.datetime({ offset: true });

/** A name in some of the four languages; at least one must be given. */
export const LocalizedName = z
  .strictObject({ zh: text.optional(), kk: text.optional(), ru: text.optional(), en: text.optional() })
  .refine((name) => Object.values(name).some(Boolean), 'needs at least one language');
export type LocalizedName = z.infer<typeof LocalizedName>;

/** Names from a rule's penalty table (the command checks them against the rule), each once. */
export const penaltyList = z
  .array(text)
  .max(20)
  .refine((list) => new Set(list).size === list.length, 'a penalty may be named once');
