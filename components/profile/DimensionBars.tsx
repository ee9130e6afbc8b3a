import { t } from '@/lib/i18n/t';

export interface DimensionRow {
  id: string;
  label: string;
  value: number;
  /** Where the user leans, in words ("You lean towards …"), when they do. */
  lean?: string | null;
  /** The user's own words about it, quoted back. */
  ownWords?: string[];
}

/** The user's own words, quoted back as they wrote them. */
export function OwnWords({ words, label = t('resultInYourWords') }: { words: string; label?: string }) {
  return (
    <span className="own-words">
      <span className="own-words-label">{label}</span> <q dir="auto">{words}</q>
    </span>
  );
}

/**
 * Each dimension as a labelled bar, 0 to 100, readable without the colours,
 * with where the user leans in words and their own reflections beside it.
 */
export function DimensionBars({ rows }: { rows: DimensionRow[] }) {
  return (
    <dl className="bars">
      {rows.map((d) => {
        const value = Math.round(d.value);
        return (
          <div key={d.id} className="bar-row">
            <dt>{d.label}</dt>
            <dd>
              <meter className="bar" aria-label={d.label} min={0} max={100} value={value} />
              <span className="bar-value">{value}</span>
            </dd>
            {(d.lean || (d.ownWords?.length ?? 0) > 0) && (
              <dd className="bar-notes">
                {d.lean && <span className="bar-lean">{d.lean}</span>}
                {d.ownWords?.map((w) => (
                  <OwnWords key={w} words={w} />
                ))}
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
}
