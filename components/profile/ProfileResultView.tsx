import type { Coaching } from '@/lib/assess/coaching';
import { t } from '@/lib/i18n/t';
import type { ProfileSnapshot } from '@/lib/model/profile';
import { RoleTag } from '../RoleTag';
import { DimensionBars } from './DimensionBars';
import { OrientationScale } from './OrientationScale';

export interface ProfileResultViewProps {
  snapshot: ProfileSnapshot;
  coaching: Coaching;
  /** The popup shows the essentials; the dashboard shows everything. */
  compact?: boolean;
  onRetake?: () => void;
}

/** The assessment's result, reflected back with the coaching for the path it suggests. */
export function ProfileResultView({ snapshot, coaching, compact = false, onRetake }: ProfileResultViewProps) {
  const { result } = snapshot;
  return (
    <section className="result" aria-labelledby="result-title">
      <h3 id="result-title" className="result-title">
        {t('resultSuggested')} <RoleTag roleType={result.path} />
      </h3>
      <p className="muted">
        {t('resultTaken', new Date(snapshot.createdAt).toLocaleDateString(), Math.round(result.pathConfidence * 100))}
      </p>
      <p>{coaching.summary}</p>
      <OrientationScale orientation={result.orientation} />
      {!compact && (
        <>
          <h3>{t('resultDimensions')}</h3>
          <DimensionBars dimensions={result.dimensions} />
          {coaching.fits.length > 0 && (
            <>
              <h3>{t('resultFits')}</h3>
              <ul>
                {coaching.fits.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </>
          )}
          <h3>{t('resultWeigh')}</h3>
          <ul>
            {coaching.weigh.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
          <h3>{t('resultMyths')}</h3>
          <ul>
            {coaching.myths.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
          {coaching.nextSteps.length > 0 && (
            <>
              <h3>{t('resultNextSteps')}</h3>
              <ol>
                {coaching.nextSteps.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ol>
            </>
          )}
        </>
      )}
      {onRetake && (
        <button type="button" onClick={onRetake}>
          {t('profileRetake')}
        </button>
      )}
    </section>
  );
}
