import { DIMENSIONS, dimensionLabel } from '@/lib/assess/instrument';
import { formatDate } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/t';
import type { ProfileDimension, ProfileSnapshot } from '@/lib/model/profile';

/**
 * Orientation and chosen dimensions over time, as a hand-made SVG: a few
 * polylines need no chart library (the smallest ones weigh 40 kB or more),
 * and a table beside it gives screen readers the same numbers.
 */
const W = 560;
const H = 200;
const PAD = { left: 36, right: 12, top: 12, bottom: 28 };
const SERIES: Array<{ key: 'orientation' | ProfileDimension; color: string; dash?: string }> = [
  { key: 'orientation', color: '#1f6feb' },
  { key: 'peopleLeadership', color: '#8250df', dash: '5 3' },
  { key: 'craftDepth', color: '#0f7b6c', dash: '2 3' },
];

const seriesLabel = (key: (typeof SERIES)[number]['key']) =>
  key === 'orientation' ? t('historyOrientation') : dimensionLabel(key);

function seriesValue(s: ProfileSnapshot, key: (typeof SERIES)[number]['key']): number {
  // Everything on one 0..1 axis: orientation from −1..1, dimensions from 0..100.
  return key === 'orientation' ? (s.result.orientation + 1) / 2 : s.result.dimensions[key] / 100;
}

export function HistoryChart({ snapshots }: { snapshots: ProfileSnapshot[] }) {
  if (snapshots.length < 2) return <p className="muted">{t('historyNeedMore')}</p>;
  const t0 = snapshots[0]?.createdAt ?? 0;
  const t1 = snapshots[snapshots.length - 1]?.createdAt ?? t0 + 1;
  const x = (t: number) => PAD.left + ((t - t0) / Math.max(1, t1 - t0)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - v) * (H - PAD.top - PAD.bottom);
  const date = (t: number) => formatDate(t);
  return (
    <figure className="history">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="history-title history-caption" className="history-svg">
        <title id="history-title">{t('historyTitle')}</title>
        <line x1={PAD.left} x2={W - PAD.right} y1={y(0.5)} y2={y(0.5)} className="axis-mid" />
        <text x={4} y={y(1) + 4} className="axis-label">
          {t('historyHigh')}
        </text>
        <text x={4} y={y(0) + 4} className="axis-label">
          {t('historyLow')}
        </text>
        <text x={PAD.left} y={H - 8} className="axis-label">
          {date(t0)}
        </text>
        <text x={W - PAD.right} y={H - 8} textAnchor="end" className="axis-label">
          {date(t1)}
        </text>
        {SERIES.map((s) => (
          <polyline
            key={s.key}
            fill="none"
            stroke={s.color}
            strokeWidth={2}
            strokeDasharray={s.dash}
            points={snapshots
              .map((snap) => `${x(snap.createdAt).toFixed(1)},${y(seriesValue(snap, s.key)).toFixed(1)}`)
              .join(' ')}
          />
        ))}
      </svg>
      <figcaption id="history-caption">
        {SERIES.map((s) => (
          <span key={s.key} className="legend">
            <svg width="18" height="8" aria-hidden="true">
              <line x1="0" x2="18" y1="4" y2="4" stroke={s.color} strokeWidth="2" strokeDasharray={s.dash} />
            </svg>
            {seriesLabel(s.key)}
          </span>
        ))}
      </figcaption>
      {/* In a hidden box, not hidden itself: a table grows to its columns whatever its width, and would widen the page. */}
      <div className="visually-hidden">
        <table>
          <caption>{t('historyTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('historyDate')}</th>
              <th scope="col">{t('historyOrientation')}</th>
              {DIMENSIONS.map((d) => (
                <th key={d.id} scope="col">
                  {t(d.label)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {snapshots.map((s) => (
              <tr key={s.createdAt}>
                <th scope="row">{date(s.createdAt)}</th>
                <td>{Math.round((s.result.orientation + 1) * 50)}</td>
                {DIMENSIONS.map((d) => (
                  <td key={d.id}>{Math.round(s.result.dimensions[d.id])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
