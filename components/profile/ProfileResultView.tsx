import { useId } from 'react';
import type { Coaching } from '@/lib/assess/coaching';
import { formatDate } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/t';
import type { ProfileSnapshot } from '@/lib/model/profile';
import { RoleTag } from '../RoleTag';
import { DimensionBars, OwnWords } from './DimensionBars';
import { OrientationScale } from './OrientationScale';

/** A titled list of sentences; nothing at all when there are none. */
function TextList({ title, items, ordered = false }: { title: string; items: string[]; ordered?: boolean }) {
  const id = useId();
  if (items.length === 0) return null;
  const rows = items.map((item) => <li key={item}>{item}</li>);
  // The list is named by its heading, so a screen reader announces "Next steps, list, 3 items".
  return (
    <>
      <h3 id={id}>{title}</h3>
      {ordered ? <ol aria-labelledby={id}>{rows}</ol> : <ul aria-labelledby={id}>{rows}</ul>}
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

/** The path the answers suggest, or that they suggest none yet. */
function Headline({ snapshot, coaching }: { snapshot: ProfileSnapshot; coaching: Coaching }) {
  return coaching.clear ? (
    <>
      {t('resultSuggested')} <RoleTag roleType={snapshot.result.path} />
    </>
  ) : (
    <span className="no-direction">{t('resultNoDirection')}</span>
  );
}

/**
 * The assessment's result, reflected back: the path the answers suggest (or
 * that there is none yet, and what would help), the user's own words beside
 * what they speak to, where their answers pull two ways, what to weigh, the
 * myths they may hold, at most three next steps, and how they moved since last time.
 */
export function ProfileResultView({ snapshot, coaching, compact = false, onRetake }: ProfileResultViewProps) {
  const taken = t('resultTaken', formatDate(snapshot.createdAt));
  if (compact)
    return (
      <section className="result compact" aria-labelledby="result-title">
        <h3 id="result-title" className="result-title">
          <Headline snapshot={snapshot} coaching={coaching} />
          <span className="muted result-taken">{taken}</span>
        </h3>
        <p className="result-summary" title={coaching.summary}>
          {coaching.summary}
        </p>
      </section>
    );
  return (
    <section className={`result${coaching.clear ? '' : ' unclear'}`} aria-labelledby="result-title">
      <h3 id="result-title" className="result-title">
        <Headline snapshot={snapshot} coaching={coaching} />
      </h3>
      <p className="muted">
        {taken} · {coaching.strength}
      </p>
      {coaching.change && <p className="result-change">{coaching.change}</p>}
      <p>{coaching.summary}</p>
      {coaching.fiveYearWords && (
        <p className="result-words">
          <OwnWords words={coaching.fiveYearWords} label={t('resultFiveYearWords')} />
        </p>
      )}
      {coaching.ownWords.map((w) => (
        <p key={w} className="result-words">
          <OwnWords words={w} />
        </p>
      ))}
      {!coaching.clear && (
        <>
          <TextList title={t('resultHelp')} items={coaching.help} />
          {coaching.clashes.length > 0 && (
            <>
              <h3>{t('resultClashes')}</h3>
              <ul className="clashes">
                {coaching.clashes.map((c) => (
                  <li key={c.first + c.second}>
                    <span>{c.first}</span>
                    <span>{c.second}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {coaching.clear && <OrientationScale orientation={snapshot.result.orientation} />}
      <h3>{t('resultDimensions')}</h3>
      <DimensionBars rows={coaching.dimensions} />
      <TextList title={t('resultTensions')} items={coaching.tensions} />
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
