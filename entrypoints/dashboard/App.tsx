import { useEffect, useRef } from 'react';
import { AppIcon } from '@/components/Mark';
import { useProfile } from '@/hooks/useProfile';
import { type MessageKey, t } from '@/lib/i18n/t';
import { ProfileView } from './ProfileView';
import { go, hrefOf, useRoute, VIEWS, type View } from './route';
import { SavedPostings } from './SavedPostings';
import { SettingsView } from './SettingsView';

const TITLE: Record<View, MessageKey> = { postings: 'dashPostings', profile: 'dashProfile', data: 'dashSettings' };

/**
 * The full extension page, one view at a time at its own address: the saved
 * postings (the default), the profile with its history and the assessment,
 * and settings with the user's data. Every view stays mounted once shown,
 * so a search, a selection or a half-typed note survive a look elsewhere.
 */
export function App() {
  const { state, error, reload, onDraftChange, complete, fail } = useProfile();
  const route = useRoute();
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  // The tab's title names the view, as the browser's history and tab strip show it.
  useEffect(() => {
    document.title = t('dashPageTitle', t(TITLE[route.view]));
  }, [route.view]);
  // A new view takes focus at its title, as a new page would, so the keyboard and screen readers start there.
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves each time the view changes
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [route.view]);

  return (
    <div className="dashboard">
      <header className="dash-header">
        <a className="dash-brand" href={hrefOf('postings')}>
          <AppIcon size={26} />
          <span className="brand">Crossroads</span>
        </a>
        <nav aria-label={t('dashSections')} className="dash-tabs">
          {VIEWS.map((v) => (
            <a key={v} href={hrefOf(v)} aria-current={route.view === v ? 'page' : undefined}>
              {t(TITLE[v])}
            </a>
          ))}
        </nav>
      </header>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <main>
        <h2 ref={heading} tabIndex={-1} className="view-title">
          {t(TITLE[route.view])}
        </h2>
        <div id="postings" hidden={route.view !== 'postings'}>
          <SavedPostings profile={state?.latest?.result} open={route.open} onError={fail} />
        </div>
        <div id="profile" hidden={route.view !== 'profile'}>
          <ProfileView
            state={state}
            assessing={route.assess}
            setAssessing={(on) => go(on ? '#assess' : hrefOf('profile'))}
            onDraftChange={onDraftChange}
            complete={complete}
            fail={fail}
            checkIn={route.checkIn}
          />
        </div>
        <div id="data" hidden={route.view !== 'data'}>
          <SettingsView profile={state} reload={reload} fail={fail} />
        </div>
      </main>
    </div>
  );
}
