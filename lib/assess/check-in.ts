import type { MessageKey } from '../i18n/t';
import type { CheckInEvery } from '../model/check-in';

/**
 * The periodic check-in: a few minutes of the regular self-reflection the
 * career research recommends (what fulfilled you, what drained you, what
 * you want more of), between assessments.
 */
export interface CheckInPrompt {
  id: string;
  text: MessageKey;
}

export const CHECK_IN_PROMPTS: CheckInPrompt[] = [
  { id: 'c1', text: 'checkInEnergised' },
  { id: 'c2', text: 'checkInDrained' },
  { id: 'c3', text: 'checkInMoreOf' },
];

/** Minutes between reminders (a month of 30 days, a quarter of 91). */
export const CHECK_IN_MINUTES: Record<CheckInEvery, number> = {
  weekly: 7 * 24 * 60,
  monthly: 30 * 24 * 60,
  quarterly: 91 * 24 * 60,
};

/** Whether a check-in says anything: at least one prompt answered. */
export function hasNotes(notes: Record<string, string>): boolean {
  return Object.values(notes).some((n) => n.trim() !== '');
}
