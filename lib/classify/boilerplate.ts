/**
 * Parts of a posting that say nothing about the role: the company's
 * self-description, benefits and pay, equal-opportunity statements. A phrase
 * there ("our leadership team", "a team of 4,000") must not count.
 */

export interface Range {
  start: number;
  end: number;
}

const BOILERPLATE_HEADING =
  /^(?:about (?:us|the company|the organi[sz]ation|the firm|the practice|the business|our company|(?!the (?:role|job|position|team|opportunity)\b|you\b|this role\b)[\w&'.,-]+(?: [\w&'.,-]+){0,3})|who we are|our (?:story|company|mission|values|culture)|why (?:join us|work (?:with|for) us|[\w&'-]+\??)|what we offer|benefits?(?: and perks| & perks)?|perks(?: and benefits)?|compensation(?: and benefits| & benefits)?|pay(?: and benefits)?|salary(?: and benefits)?|total rewards|equal (?:employment )?opportunit(?:y|ies)|eeo|diversity(?:,? equity)?(?: and| &)? inclusion|our commitment|über uns|wir bieten|was wir bieten|unser angebot|à propos(?: de nous)?|qui sommes-nous|ce que nous offrons|avantages|sobre nosotros|quiénes somos|qué ofrecemos|beneficios)\s*:?$/i;

const HEADING_SHAPE = /^[^.!?•]{2,70}:?$/;

const BOILERPLATE_SENTENCE =
  /\b(?:equal (?:employment )?opportunity|affirmative action|without regard to|regardless of (?:race|age|gender|sex|religion)|protected (?:veteran|characteristic|class)|reasonable accommodations?|(?:celebrate|value|embrace) diversity|e-verify|background check|salary range|base salary|pay range|401\(k\)|pension (?:scheme|plan|contributions?)|paid time off|\bpto\b|(?:health(?:care)?|medical|dental|vision|life) (?:insurance|cover|coverage|plan|benefits)|medical,? (?:and )?dental|parental leave|annual leave|holiday allowance|employee assistance|stock options|equity grants?)\b/i;

const BOILERPLATE_LINE_START = /^(?:compensation|benefits|salary|pay|perks|what we offer|we offer|our benefits)\s*:/i;

/** Ranges of the text to ignore, sorted and non-overlapping. */
export function boilerplateRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let inBoilerplateSection = false;
  let sectionStart = 0;
  let pos = 0;
  for (const line of text.split('\n')) {
    const start = pos;
    const end = pos + line.length;
    pos = end + 1;
    const trimmed = line.trim();
    if (!trimmed) continue;
    const isHeading = HEADING_SHAPE.test(trimmed) && !trimmed.startsWith('•');
    if (isHeading) {
      if (inBoilerplateSection) ranges.push({ start: sectionStart, end: start });
      inBoilerplateSection = BOILERPLATE_HEADING.test(trimmed);
      sectionStart = start;
      continue;
    }
    if (inBoilerplateSection) continue;
    if (BOILERPLATE_LINE_START.test(trimmed)) {
      ranges.push({ start, end });
      continue;
    }
    // Sentence by sentence: an EEO line may sit in the same paragraph as real duties.
    const sentenceRe = /[^.!?]+(?:[.!?]+|$)/g;
    for (let m = sentenceRe.exec(line); m !== null; m = sentenceRe.exec(line)) {
      if (BOILERPLATE_SENTENCE.test(m[0])) ranges.push({ start: start + m.index, end: start + m.index + m[0].length });
    }
  }
  if (inBoilerplateSection) ranges.push({ start: sectionStart, end: text.length });
  return ranges;
}

export function inRanges(ranges: Range[], start: number, end: number): boolean {
  for (const r of ranges) if (start < r.end && end > r.start) return true;
  return false;
}
