import type { Language } from '../../shared/schemas/common.ts';

/** Each language by its own name, so a field "Name (Қазақша)" reads the same in every console language. */
export const LANGUAGE_NAMES: Record<Language, string> = { zh: '中文', kk: 'Қазақша', ru: 'Русский', en: 'English' };
