import { useEffect, useRef } from 'react';
import { dimensionLabel } from '@/lib/assess/instrument';
import { tn } from '@/lib/i18n/plural';
import { type MessageKey, t } from '@/lib/i18n/t';
import type { ProfileResult } from '@/lib/model/profile';
import { DEMAND_DIMENSIONS, type DemandDimension } from '@/lib/model/role-type';
import type { PostingRecord } from '@/lib/model/saved-posting';
import { asksOf, bestMatch, type Gap, gapOf } from '@/lib/saved/compare';
import { EmployerQuestions } from '../EmployerQuestions';
import { bandLabel, FitReasons } from '../FitSummary';
import { reasonWords } from '../fit-words';
import { RoleTag } from '../RoleTag';

export interface ComparePostingsProps {
  records: PostingRecord[];
  profile: ProfileResult | undefined;
  onClose: () => void;
}

const GAP_WORDS: Record<Gap, MessageKey> = { close: 'gapClose', some: 'gapSome', far: 'gapFar' };

/** One dimension of one posting: what the role asks as a bar, the user's preference as a mark, the gap in colour and words. */
function DemandBar({ record, dim, prefers }: { record: PostingRecord; dim: DemandDimension; prefers: number | undefined }) {
  const asks = asksOf(record, dim);
  // No phrase of the posting speaks to it: said as such, never as a number.
  if (asks === null) {
    return (
      <div className="demand-row">
        <dt>{dimensionLabel(dim)}</dt>
        <dd>
          <span className="demand-words not-stated">{t('compareNotStated')}</span>
        </dd>
      </div>
    );
  }
  const gap = prefers === undefined ? undefined : gapOf(asks, Math.round(prefers));
  return (
    <div className="demand-row">
      <dt>{dimensionLabel(dim)}</dt>
      <dd>
        <span className={`demand${gap ? ` gap-${gap}` : ''}`}>
          <meter
            className="bar"
            min={0}
            max={100}
            value={asks}
            aria-label={t('compareDemand', record.posting.title, dimensionLabel(dim))}
          />
          {prefers !== undefined && <span className="you-mark" style={{ left: `${prefers}%` }} aria-hidden="true" />}
        </span>
        <span className="demand-words">
          {prefers === undefined
            ? t('compareAsks', asks)
            : t('compareAsksYou', asks, Math.round(prefers), t(GAP_WORDS[gap as Gap]))}
        </span>
      </dd>
    </div>
  );
}

/**
 * Two to four postings side by side, the fit first: which suits the user
 * best and why, then each one's demands against the user's preferences (the
 * gap coloured by how far it is, and said in words), then the reasons.
 * Cards in a grid: side by side when there is room, one under another on a
 * phone, with their rows aligned across.
 */
export function ComparePostings({ records, profile, onClose }: ComparePostingsProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const best = bestMatch(records);
  return (
    <section className="compare" aria-labelledby="compare-title">
      <div className="compare-head">
        <button type="button" onClick={onClose}>
          <span aria-hidden="true">← </span>
          {t('compareBack')}
        </button>
        <h3 id="compare-title" ref={heading} tabIndex={-1}>
          {tn('compareTitle', records.length)}
        </h3>
      </div>
      {best ? (
        <p className="best-match">
          <strong>{t('compareBest')}</strong> <bdi className="best-title">{best.record.posting.title}</bdi>{' '}
          <span className="muted">
            · {t('compareBestFit', best.record.fit?.score ?? 0, bandLabel(best.record.fit?.band ?? 'mixed'))}
            {best.lead === 0 && `, ${t('compareBestTie')}`}
          </span>
          {best.reason && <span className="best-why">{t('compareBestWhy', reasonWords(best.reason).text)}</span>}
        </p>
      ) : (
        <p className="best-match muted">{t('compareNoBest')}</p>
      )}
      <div className="compare-grid" style={{ '--cards': records.length } as React.CSSProperties}>
        {records.map((r) => (
          <article key={r.id} className={`compare-card${best?.record.id === r.id ? ' best' : ''}`} aria-labelledby={`c-${r.id}`}>
            <header className="compare-card-head">
              <h4 id={`c-${r.id}`} dir="auto">
                {r.posting.title}
              </h4>
              <span className="muted block" dir="auto">
                {r.posting.company}
              </span>
            </header>
            <div className="compare-fit">
              {r.fit ? (
                <>
                  <span className="fit-number">
                    {t('fitLine')} <strong>{r.fit.score}</strong>
                  </span>
                  <span className={`fit-pill band-${r.fit.band}`}>{t('compareBand', bandLabel(r.fit.band))}</span>
                </>
              ) : (
                <span className="muted">{t('compareNoProfile')}</span>
              )}
              <RoleTag roleType={r.classification.roleType} />
            </div>
            <dl className="demands">
              {DEMAND_DIMENSIONS.map((dim) => (
                <DemandBar key={dim} record={r} dim={dim} prefers={profile?.dimensions[dim]} />
              ))}
            </dl>
            <div className="compare-reasons">{r.fit && <FitReasons reasons={r.fit.reasons} />}</div>
            <div className="compare-ask">
              <EmployerQuestions questions={r.questions} compact />
            </div>
          </article>
        ))}
      </div>
      <div className="compare-legend" aria-hidden={profile ? undefined : true}>
        {profile ? (
          <>
            <span className="legend-item">
              <span className="legend-bar" />
              {t('legendAsks')}
            </span>
            <span className="legend-item">
              <span className="legend-you" />
              {t('legendYou')}
            </span>
            {(['close', 'some', 'far'] as const).map((g) => (
              <span key={g} className="legend-item">
                <span className={`legend-swatch gap-${g}`} />
                {t(GAP_WORDS[g])}
              </span>
            ))}
          </>
        ) : (
          <span className="legend-item">
            <span className="legend-bar" />
            {t('legendAsks')}
          </span>
        )}
      </div>
    </section>
  );
}
