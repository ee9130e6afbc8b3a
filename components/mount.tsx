import type { ComponentType } from 'react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { markPageLanguage } from '@/lib/i18n/t';
import './theme.css';

/** Renders an extension page's root component into its #root element, the page marked as in the words' language. */
export function mount(App: ComponentType): void {
  markPageLanguage(document);
  const root = document.getElementById('root');
  if (root)
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
}
