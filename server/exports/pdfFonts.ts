import { createRequire } from 'node:module';
import type PDFDocument from 'pdfkit';

// pdfkit needs whole TTF files: Noto Sans SC for Chinese, Noto Sans for Latin and
// Cyrillic (with the Kazakh letters Ә Ғ Қ Ң Ө Ұ Ү Һ І), both shipped through npm.
const require = createRequire(import.meta.url);
const FONT_FILES = {
  sc: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  'sc-bold': '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  latin: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  'latin-bold': '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
} as const;

export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const [name, file] of Object.entries(FONT_FILES)) doc.registerFont(name, require.resolve(file));
}

const CJK = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** The font that can draw this text: Chinese → Noto Sans SC, anything else → Noto Sans. */
export function fontFor(text: string, bold = false): string {
  const family = CJK.test(text) ? 'sc' : 'latin';
  return bold ? `${family}-bold` : family;
}

/** Text cut into runs that are each all-Chinese or not, so each run gets a font that has its glyphs. */
export function scriptRuns(text: string): string[] {
  return text.match(/[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+|[^\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+/g) ?? [];
}

export type Doc = InstanceType<typeof PDFDocument>;
