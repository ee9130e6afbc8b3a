import { dimensionLabel } from '@/lib/assess/instrument';
import { tn } from '@/lib/i18n/plural';
import { t } from '@/lib/i18n/t';
import type { ProfileResult } from '@/lib/model/profile';
import { DEMAND_DIMENSIONS } from '@/lib/model/role-type';
import type { PostingRecord } from '@/lib/model/saved-posting';
import { FitSummary } from '../FitSummary';
import { RoleTag } from '../RoleTag';

export interface ComparePostingsProps {
  records: PostingRecord[];
  profile: ProfileResult | undefined;
  onClose: () => void;
}

/**
 * Two to four postings side by side: each one's demand on every dimension
 * against what the profile prefers, with labels, fit scores and reasons.
 */
export function ComparePostings({ records, profile, onClose }: ComparePostingsProps) {
  return (
    <section className="compare" aria-labelledby="compare-title">
      <div className="detail-head">
        <h3 id="compare-title">{tn('compareTitle', records.length)}</h3>
        <button type="button" onClick={onClose}>
          {t('detailClose')}
        </button>
      </div>
      <div className="compare-scroll">
        <table className="compare-table">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('compareDimension')}</span>
              </th>
              {records.map((r) => (
                <th key={r.id} scope="col">
                  <span className="compare-title" dir="auto">
                    {r.posting.title}
                  </span>
                  <span className="muted block" dir="auto">
                    {r.posting.company}
                  </span>
                  <RoleTag roleType={r.classification.roleType} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {DEMAND_DIMENSIONS.map((dim) => (
              <tr key={dim}>
                <th scope="row">
                  {dimensionLabel(dim)}
                  {profile && <span className="muted block">{t('compareYou', Math.round(profile.dimensions[dim]))}</span>}
                </th>
                {records.map((r) => {
                  const demand = Math.round(r.classification.demand[dim] * 100);
                  return (
                    <td key={r.id}>
                      <span className="demand">
                        <meter
                          className="bar"
                          min={0}
                          max={100}
                          value={demand}
                          aria-label={t('compareDemand', r.posting.title, dimensionLabel(dim))}
                        />
                        {profile && (
                          <span className="you-mark" style={{ left: `${profile.dimensions[dim]}%` }} aria-hidden="true" />
                        )}
                      </span>
                      <span className="muted">{t('compareRoleAsks', demand)}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
            <tr>
              <th scope="row">{t('compareFitReasons')}</th>
              {records.map((r) => (
                <td key={r.id}>{r.fit ? <FitSummary fit={r.fit} /> : <span className="muted">{t('compareNoProfile')}</span>}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      {profile && <p className="muted">{t('compareLegend')}</p>}
    </section>
  );
}
