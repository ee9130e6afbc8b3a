import { t } from '@/lib/i18n/t';
import type { Fit } from '@/lib/model/fit';
import { bandLabel } from './FitSummary';

/** The fit as a small pill, "fit 82 · strong", coloured by its band (the words carry it without the colour). */
export function FitPill({ fit }: { fit: Pick<Fit, 'score' | 'band'> }) {
  return <span className={`fit-pill band-${fit.band}`}>{t('fitPill', fit.score, bandLabel(fit.band))}</span>;
}
