import { useCallback, useEffect, useState } from 'react';
import { EverySiteToggle } from '@/components/EverySiteToggle';
import { PostingCard } from '@/components/PostingCard';
import { SavedList } from '@/components/SavedList';
import { db } from '@/lib/db/database';
import { getPostings, listSaved, setStatus } from '@/lib/db/postings';
import { t } from '@/lib/i18n/t';
import {
  activeTabId,
  dropEverySiteAccess,
  hasEverySiteAccess,
  injectAnalyzer,
  requestEverySiteAccess,
  send,
} from '@/lib/messages/channel';
import type { PostingRecord } from '@/lib/model/saved-posting';
import { ProfilePanel } from './ProfilePanel';

interface State {
  tabId: number | undefined;
  current: PostingRecord[];
  saved: PostingRecord[];
  error?: string;
}

/** The tab to describe: the active one, or the one named by ?tab= when the popup is opened as a page. */
async function targetTabId(): Promise<number | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(named) && named > 0 ? named : activeTabId();
}

async function load(): Promise<State> {
  const tabId = await targetTabId();
  const ids = tabId === undefined ? [] : (await send({ type: 'getTabPostings', tabId })).ids;
  const [current, saved] = await Promise.all([getPostings(db(), ids), listSaved(db())]);
  return { tabId, current, saved };
}

/** After injecting the analyzer, its answer reaches the background a moment later. */
async function waitForPostings(tabId: number, tries = 20): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if ((await send({ type: 'getTabPostings', tabId })).ids.length > 0) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(t('popupNoneRead'));
}

export function App() {
  const [state, setState] = useState<State | null>(null);
  const refresh = useCallback(() => {
    load().then(setState, (e: unknown) =>
      setState({ tabId: undefined, current: [], saved: [], error: e instanceof Error ? e.message : String(e) }),
    );
  }, []);
  useEffect(refresh, [refresh]);
  // For `npm run bench`: when the popup first shows real content.
  useEffect(() => {
    if (state) performance.mark('crossroads:first-render');
  }, [state]);

  const save = (id: string) => {
    setStatus(db(), id, 'saved').then(refresh, (e: unknown) =>
      setState((s) => s && { ...s, error: e instanceof Error ? e.message : String(e) }),
    );
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
    const tabId = state?.tabId;
    if (tabId === undefined) return;
    setAnalyzing(true);
    injectAnalyzer(tabId)
      .then(() => waitForPostings(tabId))
      .then(refresh, (e: unknown) => setState((s) => s && { ...s, error: e instanceof Error ? e.message : String(e) }))
      .finally(() => setAnalyzing(false));
  };

  if (assessing) {
    return (
      <main className="popup">
        <h1 className="brand">Crossroads</h1>
        <ProfilePanel assessing setAssessing={setAssessing} onProfileChange={refresh} />
      </main>
    );
  }

  return (
    <main className="popup">
      <h1 className="brand">Crossroads</h1>
      {state?.error && (
        <p role="alert" className="error">
          {state.error}
        </p>
      )}
      <section aria-labelledby="on-this-page">
        <h2 id="on-this-page">{t('popupOnThisPage')}</h2>
        {state === null ? (
          <p className="muted">{t('popupReading')}</p>
        ) : state.current.length === 0 ? (
          <div>
            <p className="muted">{t('popupNoPosting')}</p>
            <button type="button" className="primary" onClick={analyze} disabled={analyzing || state.tabId === undefined}>
              {t(analyzing ? 'popupAnalyzing' : 'popupAnalyze')}
            </button>
          </div>
        ) : (
          state.current.map((r) => <PostingCard key={r.id} record={r} onSave={save} />)
        )}
      </section>
      <ProfilePanel assessing={false} setAssessing={setAssessing} />
      <section aria-labelledby="saved">
        <h2 id="saved">{t('popupSaved')}</h2>
        {state && <SavedList records={state.saved} />}
      </section>
      <section aria-labelledby="settings">
        <h2 id="settings">{t('popupSettings')}</h2>
        <EverySiteToggle enabled={everySite} onChange={toggleEverySite} />
      </section>
    </main>
  );
}
