import { type MessageKey, t } from '@/lib/i18n/t';
import type { Fit, FitBand } from '@/lib/model/fit';
import { quoteLine, reasonWords } from './fit-words';

const BAND: Record<FitBand, MessageKey> = { strong: 'bandStrong', good: 'bandGood', mixed: 'bandMixed', poor: 'bandPoor' };

export function bandLabel(band: FitBand): string {
  return t(BAND[band]);
}

/** The signed reasons behind a fit, each with the posting's words and the user's answer behind it. */
export function FitReasons({ reasons }: { reasons: Fit['reasons'] }) {
  return (
    <ul className="fit-reasons">
      {reasons.map((r) => {
        const w = reasonWords(r);
        const quote = quoteLine(w);
        return (
          <li key={`${r.about}-${r.sign}`} className={r.sign > 0 ? 'plus' : 'minus'}>
            <span aria-hidden="true" className="sign">
              {r.sign > 0 ? '+' : '−'}
            </span>
            <span className="visually-hidden">{t(r.sign > 0 ? 'reasonFor' : 'reasonAgainst')}</span>
            <span>{w.text}</span>
            {(quote || w.answer) && (
              <span className="why">
                {w.basis && <span>{w.basis} </span>}
                {quote && <bdi>{quote}</bdi>}
                {quote && w.answer && ' · '}
                {w.answer && <bdi>{w.answer}</bdi>}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The fit score with its band, and the signed reasons behind it. */
export function FitSummary({ fit, reasons = true }: { fit: Fit; reasons?: boolean }) {
  return (
    <div className="fit">
      <p className={`fit-score band-${fit.band}`}>
        {t('fitLine')} <strong>{fit.score}</strong> {t('fitOf100')} <span className="muted">({bandLabel(fit.band)})</span>
      </p>
      {reasons && <FitReasons reasons={fit.reasons} />}
    </div>
  );
}
