import type { Fit } from '@/lib/model/fit';

/** The fit score with its band, and the signed reasons behind it. */
export function FitSummary({ fit, reasons = true }: { fit: Fit; reasons?: boolean }) {
  return (
    <div className="fit">
      <p className={`fit-score band-${fit.band}`}>
        Fit <strong>{fit.score}</strong> of 100 <span className="muted">({fit.band})</span>
      </p>
      {reasons && (
        <ul className="fit-reasons">
          {fit.reasons.map((r) => (
            <li key={`${r.about}-${r.sign}`} className={r.sign > 0 ? 'plus' : 'minus'}>
              <span aria-hidden="true" className="sign">
                {r.sign > 0 ? '+' : '−'}
              </span>
              <span className="visually-hidden">{r.sign > 0 ? 'For: ' : 'Against: '}</span>
              <span>{r.text}</span>
              {(r.postingEvidence || r.profileAnswer) && (
                <span className="why">{[r.postingEvidence, r.profileAnswer].filter(Boolean).join(' · ')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
