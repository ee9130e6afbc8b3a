import { DIMENSIONS } from '@/lib/assess/instrument';
import { t } from '@/lib/i18n/t';
import type { ProfileResult } from '@/lib/model/profile';

/** Each dimension as a labelled bar, 0 to 100, readable without the colours. */
export function DimensionBars({ dimensions }: { dimensions: ProfileResult['dimensions'] }) {
  return (
    <dl className="bars">
      {DIMENSIONS.map((d) => {
        const value = Math.round(dimensions[d.id]);
        return (
          <div key={d.id} className="bar-row">
            <dt>{t(d.label)}</dt>
            <dd>
              <meter className="bar" aria-label={t(d.label)} min={0} max={100} value={value} />
              <span className="bar-value">{value}</span>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
