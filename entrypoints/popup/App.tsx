import { useCallback, useEffect, useState } from 'react';
import { EverySiteToggle } from '@/components/EverySiteToggle';
import { PostingCard } from '@/components/PostingCard';
import { SavedList } from '@/components/SavedList';
import { useLive } from '@/hooks/useLive';
import { useLivePostings } from '@/hooks/usePostings';
import { db } from '@/lib/db/database';
import { countByStatus, getPostings, recentSaved, setStatus } from '@/lib/db/postings';
import { t } from '@/lib/i18n/t';
import {
  activeTabId,
  dropEverySiteAccess,
  hasEverySiteAccess,
  injectAnalyzer,
  openDashboard,
  requestEverySiteAccess,
  send,
} from '@/lib/messages/channel';
import { SAVED_STATUSES } from '@/lib/model/saved-posting';
import { ProfilePanel } from './ProfilePanel';

/** The popup shows this many recent saves; the dashboard has them all. */
const RECENT_SAVES = 8;

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

/**
 * The popup reads by index only: the current tab's postings by key, the
 * few latest saves and their count. It never reads every stored row, so it
 * opens as fast with twenty thousand as with none.
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
  const saved = useLivePostings('recent', () => recentSaved(db(), RECENT_SAVES), fail);
  // Counting the saved rows reads their index entries: it follows the first render instead of delaying it.
  const savedCount = useLive('saved-count', () => countByStatus(db(), SAVED_STATUSES), fail);
  const ready = tab !== null && current !== undefined && saved !== undefined;
  // For `npm run bench`: when the popup first shows real content.
  useEffect(() => {
    if (ready) performance.mark('crossroads:first-render');
  }, [ready]);

  const save = (id: string) => {
    setStatus(db(), id, 'saved').catch(fail);
  };

  const [everySite, setEverySite] = useState(false);
  useEffect(() => {
    hasEverySiteAccess().then(setEverySite, () => setEverySite(false));
  }, []);
  const toggleEverySite = (on: boolean) => {
    (on ? requestEverySiteAccess() : dropEverySiteAccess().then(() => false)).then(setEverySite, () => setEverySite(!on));
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

  if (assessing) {
    return (
      <main className="popup">
        <h1 className="brand">Crossroads</h1>
        <ProfilePanel assessing setAssessing={setAssessing} />
      </main>
    );
  }

  return (
    <main className="popup">
      <h1 className="brand">Crossroads</h1>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <section aria-labelledby="on-this-page">
        <h2 id="on-this-page">{t('popupOnThisPage')}</h2>
        {!ready ? (
          <p className="muted">{t('popupReading')}</p>
        ) : current.length === 0 ? (
          <div>
            <p className="muted">{t('popupNoPosting')}</p>
            <button type="button" className="primary" onClick={analyze} disabled={analyzing || tab.tabId === undefined}>
              {t(analyzing ? 'popupAnalyzing' : 'popupAnalyze')}
            </button>
          </div>
        ) : (
          current.map((r) => <PostingCard key={r.id} record={r} onSave={save} />)
        )}
      </section>
      <ProfilePanel assessing={false} setAssessing={setAssessing} />
      <section aria-labelledby="saved">
        <h2 id="saved">{t('popupSaved')}</h2>
        {ready && <SavedList records={saved} total={savedCount} onOpenDashboard={() => void openDashboard('#postings')} />}
      </section>
      <section aria-labelledby="settings">
        <h2 id="settings">{t('popupSettings')}</h2>
        <EverySiteToggle enabled={everySite} onChange={toggleEverySite} />
      </section>
    </main>
  );
}
