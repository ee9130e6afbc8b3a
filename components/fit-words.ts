import { sayFound } from '@/lib/i18n/found';
import { t } from '@/lib/i18n/t';
import { sayPhrase } from '@/lib/i18n/words';
import type { FitReason } from '@/lib/model/fit';

/** A fit reason in the user's language, said now from its message keys (a change of language changes it too). */
export interface ReasonWords {
  /** What it means for the user. */
  text: string;
  /** Why the quote shows it, when it does only with the rest of the posting. */
  basis: string | null;
  /** The posting's own words. */
  phrase: string | null;
  /** What Crossroads read in them ("Ruled out: Does the craft itself"). */
  readAs: string | null;
  /** The user's own answer behind it. */
  answer: string | null;
}

export function reasonWords(r: FitReason): ReasonWords {
  return {
    text: sayPhrase(r.claim),
    basis: r.basis ? sayPhrase(r.basis) : null,
    phrase: r.quote?.text ?? null,
    readAs: r.quote ? sayFound(r.quote) : null,
    answer: r.answer ? sayPhrase(r.answer) : null,
  };
}

/** The quote with what was read in it, on one line: “will not be writing production code” (Ruled out: Does the craft itself). */
export function quoteLine(w: ReasonWords): string | null {
  return w.phrase === null ? null : t('fitQuote', w.phrase, w.readAs ?? '');
}
