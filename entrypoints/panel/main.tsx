import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/panel/panel.css';
import { markPageLanguage } from '@/lib/i18n/t';
import { App } from './App';

// Framed over a job page by the content script when the user opens a badge; the token in the hash names the posting.
markPageLanguage(document);
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App token={location.hash.slice(1)} />
    </StrictMode>,
  );
