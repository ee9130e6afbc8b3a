import { sayFound } from '@/lib/i18n/found';
import { type MessageKey, t } from '@/lib/i18n/t';
import type { Classification } from '@/lib/model/classification';
import type { Fit, FitBand } from '@/lib/model/fit';
import type { RoleType } from '@/lib/model/role-type';
import type { PostingStatus } from '@/lib/model/saved-posting';
import { quoteLine, reasonWords } from '../fit-words';
import { say } from './say';

/** A phrase of the posting with a little text each side (the background's snippets). */
export interface Quote {
  before: string;
  phrase: string;
  after: string;
  explanation: string;
}

/** Why the posting was read but not remembered (the background's notStored). */
export type NotStored = 'storageFull' | 'siteLimit' | 'storageFailed';

/** What the panel shows, as the background answers it for the panel's token. */
export interface PanelData {
  id: string;
  title: string;
  classification: Pick<Classification, 'roleType' | 'confidence' | 'reasons'>;
  fit: Fit | null;
  snippets: Quote[];
  status: PostingStatus;
  notStored: NotStored | null;
}

const NOT_STORED: Record<NotStored, MessageKey> = {
  storageFull: 'notStoredFull',
  siteLimit: 'notStoredLimit',
  storageFailed: 'notStoredFailed',
};

/** Why this posting is not in the user's list, in plain words; none when it is stored. */
export function notStoredWords(data: Pick<PanelData, 'notStored'>): string | null {
  return data.notStored ? t(NOT_STORED[data.notStored]) : null;
}

export interface PanelReason {
  key: string;
  /** For the posting (+1), against it (−1), or a plain reason for the label (0, before a profile exists). */
  sign: 1 | -1 | 0;
  text: string;
  /** The posting's words behind it: a located phrase, or the fit's quote as it came. */
  quotes: Array<Quote | string>;
  /** Why the quote shows it, when it does only with the rest of the posting. */
  basis: string | null;
  /** The user's own answer behind it. */
  answer: string | null;
}

const KIND: Record<RoleType, MessageKey> = {
  leadership: 'panelKindLeadership',
  specialist: 'panelKindSpecialist',
  hybrid: 'panelKindHybrid',
};
const FIT: Record<FitBand, MessageKey> = {
  strong: 'panelFitStrong',
  good: 'panelFitGood',
  mixed: 'panelFitMixed',
  poor: 'panelFitPoor',
};

export const MAX_REASONS = 3;

/** One sentence: what kind of role this is, and (with a profile) how it fits. */
export function verdictOf(data: Pick<PanelData, 'classification' | 'fit'>): string {
  const kind = t(KIND[data.classification.roleType]);
  return data.fit ? t('panelVerdictFit', kind, t(FIT[data.fit.band])) : t('panelVerdict', kind);
}

/** The classifier's confidence in one word, never as a number. */
export function signalsOf(confidence: number): string {
  return t(confidence >= 0.7 ? 'panelSignalsClear' : confidence >= 0.45 ? 'panelSignalsSome' : 'panelSignalsUnclear');
}

/**
 * At most three reasons, strongest first. With a profile, the fit's reasons
 * (lib/fit chooses them: the decisive mismatch and both sides are among
 * them), each phrase found in its context when the snippets hold it; before,
 * the classifier's own reasons, each with the phrases of the posting it read
 * them from.
 */
export function reasonsOf(data: Pick<PanelData, 'classification' | 'fit' | 'snippets'>): PanelReason[] {
  if (data.fit) {
    return data.fit.reasons.slice(0, MAX_REASONS).map((r, i) => {
      const w = reasonWords(r);
      const quote = quoteLine(w);
      const located = w.phrase === null ? undefined : data.snippets.find((s) => s.phrase === w.phrase);
      return {
        key: `${r.about}-${i}`,
        sign: r.sign,
        text: w.text,
        quotes: located ? [located] : quote ? [quote] : [],
        basis: w.basis,
        answer: w.answer,
      };
    });
  }
  return data.classification.reasons.slice(0, MAX_REASONS).map((reason, i) => ({
    key: `reason-${i}`,
    sign: 0,
    text: say(sayFound(reason)),
    quotes: data.snippets.filter((s) => s.explanation === sayFound(reason)),
    basis: null,
    answer: null,
  }));
}
