import { t } from '@/lib/i18n/t';
import { AppIcon } from '../Mark';
import { SampleBadge } from './SampleBadge';

export interface WelcomeProps {
  onTakeAssessment: () => void;
  onOpenDashboard: () => void;
}

/** The puzzle piece and the pin of the browser's toolbar, drawn, so the user knows what to look for. */
function PinPicture() {
  return (
    <div className="pin-picture" aria-hidden="true">
      <span className="toolbar">
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path
            d="M10 3.5a2 2 0 0 1 4 0V5h4a1 1 0 0 1 1 1v4h-1.5a2 2 0 0 0 0 4H19v4a1 1 0 0 1-1 1h-4v-1.5a2 2 0 0 0-4 0V19H6a1 1 0 0 1-1-1v-4h1.5a2 2 0 0 0 0-4H5V6a1 1 0 0 1 1-1h4z"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinejoin="round"
          />
        </svg>
        <span className="arrow">→</span>
        <span className="menu-row">
          <AppIcon size={18} />
          <span className="menu-name">Crossroads</span>
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false" className="pin">
            <path d="M9 3h6l-1 6 3 3v2h-4v6l-1 1-1-1v-6H7v-2l3-3z" fill="currentColor" />
          </svg>
        </span>
      </span>
    </div>
  );
}

/**
 * The page that opens once on install: what the badge means, pinning the
 * icon, the assessment, and where the user's data lives, in one screen.
 */
export function Welcome({ onTakeAssessment, onOpenDashboard }: WelcomeProps) {
  return (
    <main className="welcome">
      <header className="welcome-head">
        <AppIcon size={56} />
        <div>
          <h1>{t('welcomeTitle')}</h1>
          <p className="lead">{t('welcomeLead')}</p>
        </div>
      </header>
      <h2 className="visually-hidden">{t('welcomeSteps')}</h2>
      <ol className="welcome-steps">
        <li className="welcome-step">
          <h3>{t('welcomeBadgeTitle')}</h3>
          <p className="badges" role="img" aria-label={t('welcomeBadgeExamples')}>
            <SampleBadge roleType="leadership" fit={82} />
            <SampleBadge roleType="specialist" fit={64} />
            <SampleBadge roleType="hybrid" />
          </p>
          <p>{t('welcomeBadgeText')}</p>
        </li>
        <li className="welcome-step">
          <h3>{t('welcomePinTitle')}</h3>
          <PinPicture />
          <p>{t('welcomePinText')}</p>
        </li>
        <li className="welcome-step">
          <h3>{t('welcomeAssessTitle')}</h3>
          <p>{t('welcomeAssessText')}</p>
          <div className="row">
            <button type="button" className="primary" onClick={onTakeAssessment}>
              {t('welcomeAssessButton')}
            </button>
            <button type="button" onClick={onOpenDashboard}>
              {t('welcomeDashboardButton')}
            </button>
          </div>
        </li>
      </ol>
      <p className="privacy">
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <path d="M8 1.5 3 3.5v4c0 3.2 2.1 5.6 5 7 2.9-1.4 5-3.8 5-7v-4z" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
        {t('welcomePrivacy')}
      </p>
    </main>
  );
}
