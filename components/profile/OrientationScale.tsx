import { t } from '@/lib/i18n/t';

/** Where the person sits between the two tracks, -1 (specialist) to +1 (leadership). */
export function OrientationScale({ orientation }: { orientation: number }) {
  const pct = ((orientation + 1) / 2) * 100;
  const words =
    orientation > 0.15
      ? t('orientationTowardsLeading')
      : orientation < -0.15
        ? t('orientationTowardsSpecialist')
        : t('orientationBetween');
  return (
    <div className="orientation">
      <div className="orientation-ends" aria-hidden="true">
        <span>{t('orientationSpecialist')}</span>
        <span>{t('orientationLeadership')}</span>
      </div>
      <div className="orientation-track" role="img" aria-label={t('orientationLabel', words)}>
        <span className="orientation-mark" style={{ left: `${pct}%` }} />
      </div>
    </div>
  );
}
