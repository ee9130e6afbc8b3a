import '@/lib/frames/badge.css';
import { startBadge } from '@/lib/frames/badge';
import { markPageLanguage } from '@/lib/i18n/t';

// Framed by the content script beside a posting's title; the token in the hash names the posting.
markPageLanguage(document);
void startBadge(location.hash.slice(1), document.body).catch((e: unknown) => console.debug('Crossroads badge:', e));
