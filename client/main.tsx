import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
// Fonts ship with the app (Latin, Cyrillic incl. Kazakh letters, Chinese), never from the system.
// Each weight is sliced by unicode-range: a page fetches only the slices of the glyphs it shows.
// Chinese comes in one weight, bold drawn from it: a screen of Chinese names touches ~15
// slices of ~30 KB each, and a second weight would double that on a phone on mobile data.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans-sc/400.css';
import './i18n/index.ts';
import './styles.css';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
