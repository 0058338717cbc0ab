import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
// Fonts ship with the app (Latin, Cyrillic incl. Kazakh letters, Chinese), sliced by
// unicode-range: a page fetches only the slices of the glyphs it shows. One weight, bold drawn
// from it: a screen of Chinese names alone touches ~15 slices of ~30 KB each, and a bold weight
// costs another 45 KB of Latin and Cyrillic (see styles.css for which screens use a system
// Chinese font first).
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans-sc/400.css';
import { i18nReady } from './i18n/index.ts';
import './styles.css';

// The first render waits for the screen's languages (a few KB, fetched beside the app's chunk).
void i18nReady.then(() =>
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
