import type { Coaching } from '@/lib/assess/coaching';
import { formatDate } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/t';
import type { ProfileSnapshot } from '@/lib/model/profile';
import { RoleTag } from '../RoleTag';
import { DimensionBars } from './DimensionBars';
import { OrientationScale } from './OrientationScale';

/** A titled list of sentences; nothing at all when there are none. */
function TextList({ title, items, ordered = false }: { title: string; items: string[]; ordered?: boolean }) {
  if (items.length === 0) return null;
  const rows = items.map((item) => <li key={item}>{item}</li>);
  return (
    <>
      <h3>{title}</h3>
      {ordered ? <ol>{rows}</ol> : <ul>{rows}</ul>}
    </>
  );
}

export interface ProfileResultViewProps {
  snapshot: ProfileSnapshot;
  coaching: Coaching;
  /** The popup shows the path and its one-sentence summary; the dashboard shows everything. */
  compact?: boolean;
  onRetake?: () => void;
}

/** The assessment's result, reflected back with the coaching for the path it suggests. */
export function ProfileResultView({ snapshot, coaching, compact = false, onRetake }: ProfileResultViewProps) {
  const { result } = snapshot;
  const taken = t('resultTaken', formatDate(snapshot.createdAt));
  if (compact)
    return (
      <section className="result compact" aria-labelledby="result-title">
        <h3 id="result-title" className="result-title">
          {t('resultSuggested')} <RoleTag roleType={result.path} />
          <span className="muted result-taken">{taken}</span>
        </h3>
        <p className="result-summary" title={coaching.summary}>
          {coaching.summary}
        </p>
      </section>
    );
  return (
    <section className="result" aria-labelledby="result-title">
      <h3 id="result-title" className="result-title">
        {t('resultSuggested')} <RoleTag roleType={result.path} />
      </h3>
      <p className="muted">{taken}</p>
      <p>{coaching.summary}</p>
      <OrientationScale orientation={result.orientation} />
      <h3>{t('resultDimensions')}</h3>
      <DimensionBars dimensions={result.dimensions} />
      <TextList title={t('resultFits')} items={coaching.fits} />
      <TextList title={t('resultWeigh')} items={coaching.weigh} />
      <TextList title={t('resultMyths')} items={coaching.myths} />
      <TextList title={t('resultNextSteps')} items={coaching.nextSteps} ordered />
      {onRetake && (
        <button type="button" onClick={onRetake}>
          {t('profileRetake')}
        </button>
      )}
    </section>
  );
}
