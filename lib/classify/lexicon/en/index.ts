import type { Pattern } from '../types';
import { AUTHORITY } from './authority';
import { DEMAND } from './demand';
import { HANDS_ON } from './hands-on';
import { NO_AUTHORITY } from './no-authority';

/**
 * English phrases postings use for the two things that decide a role type:
 * formal authority over people, and hands-on work of one's own. Weights are
 * in "evidence points"; role-type.ts turns the sums into probabilities.
 */

export const EN_PATTERNS: Pattern[] = [...NO_AUTHORITY, ...AUTHORITY, ...HANDS_ON, ...DEMAND];

/** Words a clause may hold before a phrase that reverse it. */
export const EN_NEGATORS = /\b(?:no|not|never|without|none|neither|nor|n't|rather than|instead of|zero|nobody|no one)\b|n't\b/i;
/** Words that make a phrase a possibility rather than a duty. */
export const EN_HEDGES =
  /\b(?:may|might|could|possibly|potential(?:ly)?|opportunit(?:y|ies) to|chance to|eventually|in (?:the )?future|over time|as the team grows|grow into|path to|occasional(?:ly)?|from time to time|would be a plus|nice to have|ideally)\b/i;

/** After a phrase: "(hands-on coding) is not expected", "(bench work) isn't part of the role". */
export const EN_POST_NEGATORS =
  /^\W*(?:[\w-]+\s+){0,2}?(?:is|are|will be|would be)\s+(?:not|never)\b|^\W*(?:[\w-]+\s+){0,2}?(?:isn't|aren't|won't be)\b/i;
