import { lowerPattern as pattern } from '../text/pattern';

/**
 * Whether a phrase is denied. A negator governs what follows it up to the end
 * of its part of the clause ("no direct reports", "you will not manage
 * people", "this role does not include hiring"); a few words after a phrase
 * can deny it too ("Direct reports: none", "people management is not part of
 * this role"). Phrases that look negative and are not ("Not only will you
 * manage…", "No two days are the same", "no shortage of challenges") govern
 * nothing.
 */

const NEGATOR = pattern(
  String.raw`\b(?:not|no|never|none|nobody|neither|nor|without|cannot|can't|won't|don't|doesn't|isn't|aren't|wasn't|weren't|shouldn't|wouldn't|needn't|rather than|instead of|as opposed to|kein(?:e|en|er|em|es)?|nicht|niemals|ohne|weder|statt|anstatt|pas|aucun(?:e)?|jamais|sans|ni|ne|plutôt que|au lieu de|nunca|ningún|ninguna|ninguno|sin|tampoco|en lugar de|en vez de)\b|\bnon-(?=\p{L})|\bn['’](?=\p{L})|n't\b`,
);

/** Negative-looking phrases that deny nothing, in the four languages. */
const NOT_A_NEGATION = pattern(
  String.raw`^(?:not only|not just|not merely|not least|not to mention|not (?:necessarily )?limited to|no two|no shortage|no matter|no doubt|no stranger|no surprise|no exception|no later than|no less than|no more than|no fewer than|not less than|not later than|no problem|without (?:hesitation|a doubt|doubt|exception|compromis\w*|delay)|never (?:been|stop|stops|settle|settles)|can't wait|cannot wait|don't just|won't just|isn't just|doesn't just|nicht nur|keine frage|ohne zweifel|non seulement|pas seulement|sans oublier|sans aucun doute|sans compter|no solo|no sólo|no solamente|sin duda|sin olvidar|sin embargo)\b`,
  '',
);

/** Where a negator's reach ends: the clause's next part. */
const SCOPE_END = pattern(
  String.raw`[;:.!?)]|\s[–—]\s|,\s*(?=(?:but|however|yet|although|though|while|whereas|instead|rather|so|and (?:you|we|they|it|this|the)|you|we|which|who|where|aber|mais|pero|sino|sondern)\b)|\b(?:but|however|although|though|whereas|while|yet|aber|sondern|jedoch|mais|cependant|toutefois|pero|sino|aunque)\b`,
);

/** Words after a phrase that deny it. */
const AFTER = pattern(
  String.raw`^\s*(?:nicht|pas|jamais|keine?n?)\b|^[^.;!?\n]{0,50}?(?::\s*(?:none|no|n\/a|nil|0|zero|not applicable|keine|aucune?|ninguna?|no aplica)\b|\b(?:is|are|will be|would be|won't be|isn't|aren't)\s+(?:not\s+)?(?:not|no longer|never)\s+(?:part|expected|required|needed|included|involved|in scope|within|a requirement|your responsibility|the focus)|\b(?:is|are)n't\s+(?:part|expected|required|needed|included|in scope|a requirement|the focus)|\bnot (?:required|expected|needed|included|part of (?:this|the) (?:role|job|position)|in scope)\b|\b(?:ist|sind) nicht\b|\bne (?:fait|font) pas partie\b|\bno (?:forma|es) parte\b|\bno (?:se )?requiere\b)`,
  '',
);

/** The part of the clause a phrase stands in, up to the phrase: back to the nearest scope end. */
export function partBefore(before: string): string {
  let from = 0;
  SCOPE_END.lastIndex = 0;
  for (let m = SCOPE_END.exec(before); m !== null; m = SCOPE_END.exec(before)) {
    from = m.index + m[0].length;
    if (m[0].length === 0) SCOPE_END.lastIndex++;
  }
  return before.slice(from);
}

function governingNegator(before: string): boolean {
  const part = partBefore(before);
  NEGATOR.lastIndex = 0;
  for (let m = NEGATOR.exec(part); m !== null; m = NEGATOR.exec(part)) {
    if (NOT_A_NEGATION.test(part.slice(m.index))) continue;
    // A negator far from the phrase governs something else ("not required, but in your first year you will…").
    const between = part.slice(m.index + m[0].length);
    if (between.split(/\s+/).filter(Boolean).length <= 12) return true;
  }
  return false;
}

/**
 * Whether the phrase at [start, end) of a clause is denied, by a negator
 * before it in the same part of the clause or by words right after it.
 */
export function isNegated(clause: string, start: number, end: number, ownNegation = false): boolean {
  if (governingNegator(clause.slice(0, start))) return true;
  if (ownNegation) return false;
  // A negator inside the phrase itself ("no direct reports" matched whole, "Sie führen kein Team").
  const phrase = clause.slice(start, end);
  NEGATOR.lastIndex = 0;
  for (let m = NEGATOR.exec(phrase); m !== null; m = NEGATOR.exec(phrase))
    if (!NOT_A_NEGATION.test(phrase.slice(m.index))) return true;
  return AFTER.test(clause.slice(end));
}
