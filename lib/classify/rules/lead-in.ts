import { lowerPattern } from '../text/pattern';

/** How a duty is introduced before its verb: "You will", "The engineer will", "Responsible for". */
const DUTY_LEAD = String.raw`(?:you(?:'|’)ll\s+|you will\s+|you\s+|will\s+|(?:the |this |our )(?:(?!(?:as|to|for|in|with|a|an|the|and|or|at|by|on|is|are|be)\b)[\p{L}&-]+\s+){1,4}?(?:will\s+|shall\s+|must\s+|also\s+)*|(?:be |is |are )?responsible for\s+|(?:also|personally|directly|independently|regularly|actively)\s+)*`;

/**
 * The words before a duty's verb, anchored at a clause's start: rules that
 * read a clause by its first verb (lib/classify/read/findings.ts) look for it
 * after these. English, German, French and Spanish subjects and modals.
 */
export const LEAD_IN = lowerPattern(
  String.raw`(?:${DUTY_LEAD.slice(3, -2)}|(?:sie|du|wir|ihr|vous|tu|nous|usted|ustedes)\s+(?:werden\s+|wirst\s+|allez\s+|vas\s+|va\s+|vais\s+)?)*`,
  'y',
);
