import { useCallback, useEffect, useState } from 'react';
import { AppIcon } from '@/components/Mark';
import { PostingCard } from '@/components/PostingCard';
import { useLive } from '@/hooks/useLive';
import { useLivePostings } from '@/hooks/usePostings';
import { db } from '@/lib/db/database';
import { countByStatus, getPostings, setStatus } from '@/lib/db/postings';
import { tn } from '@/lib/i18n/plural';
import { t } from '@/lib/i18n/t';
import { activeTabId, injectAnalyzer, openDashboard, send } from '@/lib/messages/channel';
import { SAVED_STATUSES } from '@/lib/model/saved-posting';
import { ProfilePanel } from './ProfilePanel';

interface Tab {
  tabId: number | undefined;
  ids: string[];
}

/** The tab to describe: the active one, or the one named by ?tab= when the popup is opened as a page. */
async function targetTabId(): Promise<number | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(named) && named > 0 ? named : activeTabId();
}

async function loadTab(): Promise<Tab> {
  const tabId = await targetTabId();
  const ids = tabId === undefined ? [] : (await send({ type: 'getTabPostings', tabId })).ids;
  return { tabId, ids };
}

/** After injecting the analyzer, its answer reaches the background a moment later. */
async function waitForPostings(tabId: number, tries = 20): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if ((await send({ type: 'getTabPostings', tabId })).ids.length > 0) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(t('popupNoneRead'));
}

/** The dashboard, at a posting's detail. */
const openPosting = (id: string) => void openDashboard(`#postings/${encodeURIComponent(id)}`);

/**
 * The popup fits a real popup's 600 px: the current tab's posting first,
 * then the user's profile (or the assessment, which then has the popup to
 * itself), and a way to the saved postings and settings in the dashboard.
 * It reads by index only: the tab's postings by key and the saved count, so
 * it opens as fast with twenty thousand stored postings as with none.
 */
export function App() {
  const [tab, setTab] = useState<Tab | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fail = useCallback((e: unknown) => setError(e instanceof Error ? e.message : String(e)), []);
  const refresh = useCallback(() => {
    loadTab().then(setTab, (e: unknown) => {
      setTab({ tabId: undefined, ids: [] });
      fail(e);
    });
  }, [fail]);
  useEffect(refresh, [refresh]);

  const ids = tab?.ids ?? [];
  const current = useLivePostings(`tab:${ids.join('\n')}`, () => getPostings(db(), ids), fail);
  // Counting the saved rows reads their index entries: it follows the first render instead of delaying it.
  const savedCount = useLive('saved-count', () => countByStatus(db(), SAVED_STATUSES), fail);
  const ready = tab !== null && current !== undefined;
  // For `npm run bench`: when the popup first shows real content.
  useEffect(() => {
    if (ready) performance.mark('crossroads:first-render');
  }, [ready]);

  const save = (id: string) => {
    setStatus(db(), id, 'saved').catch(fail);
  };

  const [assessing, setAssessing] = useState(false);
  const [analyzing, setAnalyzing] = useState(false);
  const analyze = () => {
    const tabId = tab?.tabId;
    if (tabId === undefined) return;
    setAnalyzing(true);
    injectAnalyzer(tabId)
      .then(() => waitForPostings(tabId))
      .then(refresh, fail)
      .finally(() => setAnalyzing(false));
  };

  // The dashboard's two ways in stay in the header, so the popup's body is the posting and the profile.
  const header = (
    <header className="popup-head">
      <AppIcon size={22} />
      <h1 className="brand">Crossroads</h1>
      <nav className="popup-nav" aria-label={t('popupToDashboard')}>
        <button type="button" className="link-button" onClick={() => void openDashboard('#postings')}>
          {savedCount === undefined ? t('popupSavedPostings') : tn('popupSavedCount', savedCount)}
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('popupSettings')}
          title={t('popupSettings')}
          onClick={() => void openDashboard('#data')}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path
              d="M6.9 1.5h2.2l.3 1.8 1.2.7 1.7-.7 1.1 1.9-1.4 1.2v1.2l1.4 1.2-1.1 1.9-1.7-.7-1.2.7-.3 1.8H6.9l-.3-1.8-1.2-.7-1.7.7-1.1-1.9 1.4-1.2V6.4L2.6 5.2l1.1-1.9 1.7.7 1.2-.7z"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.3"
              strokeLinejoin="round"
            />
            <circle cx="8" cy="8" r="2" fill="none" stroke="currentColor" strokeWidth="1.3" />
          </svg>
        </button>
      </nav>
    </header>
  );

  if (assessing) {
    return (
      <main className="popup assessing">
        {header}
        <ProfilePanel assessing setAssessing={setAssessing} />
      </main>
    );
  }

  const [first, ...more] = current ?? [];
  return (
    <main className="popup">
      {header}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <section aria-labelledby="on-this-page">
        <h2 id="on-this-page">{t('popupOnThisPage')}</h2>
        {!ready ? (
          <p className="muted">{t('popupReading')}</p>
        ) : !first ? (
          <div className="card empty-card">
            <p>{t('popupNoPosting')}</p>
            <button type="button" className="primary" onClick={analyze} disabled={analyzing || tab.tabId === undefined}>
              {t(analyzing ? 'popupAnalyzing' : 'popupAnalyze')}
            </button>
          </div>
        ) : (
          <>
            <PostingCard record={first} onSave={save} onOpen={openPosting} />
            {more.length > 0 && (
              <ul className="more-postings" aria-label={t('popupMoreOnPage')}>
                {more.map((r) => (
                  <li key={r.id}>
                    <button type="button" className="link-button" onClick={() => openPosting(r.id)}>
                      <bdi>{r.posting.title}</bdi>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
      <ProfilePanel assessing={false} setAssessing={setAssessing} />
    </main>
  );
}
