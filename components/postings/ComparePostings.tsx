import { DIMENSIONS } from '@/lib/assess/instrument';
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

const label = (id: string) => DIMENSIONS.find((d) => d.id === id)?.label ?? id;

/**
 * Two to four postings side by side: each one's demand on every dimension
 * against what the profile prefers, with labels, fit scores and reasons.
 */
export function ComparePostings({ records, profile, onClose }: ComparePostingsProps) {
  return (
    <section className="compare" aria-labelledby="compare-title">
      <div className="detail-head">
        <h3 id="compare-title">Comparing {records.length} postings</h3>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <div className="compare-scroll">
        <table className="compare-table">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Dimension</span>
              </th>
              {records.map((r) => (
                <th key={r.id} scope="col">
                  <span className="compare-title">{r.posting.title}</span>
                  <span className="muted block">{r.posting.company}</span>
                  <RoleTag roleType={r.classification.roleType} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {DEMAND_DIMENSIONS.map((dim) => (
              <tr key={dim}>
                <th scope="row">
                  {label(dim)}
                  {profile && <span className="muted block">you: {Math.round(profile.dimensions[dim])}</span>}
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
                          aria-label={`${r.posting.title}: ${label(dim)} demand`}
                        />
                        {profile && (
                          <span className="you-mark" style={{ left: `${profile.dimensions[dim]}%` }} aria-hidden="true" />
                        )}
                      </span>
                      <span className="muted">role asks {demand}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
            <tr>
              <th scope="row">Fit and reasons</th>
              {records.map((r) => (
                <td key={r.id}>{r.fit ? <FitSummary fit={r.fit} /> : <span className="muted">No profile yet</span>}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      {profile && <p className="muted">The dark mark on each bar is your own preference; the bar is what the role asks.</p>}
    </section>
  );
}
