import type { SectionKind } from '../segment/sections';
import { lowerPattern as pattern } from '../text/pattern';
import { partBefore } from './polarity';

/**
 * How a clause speaks of what it names: a duty of the role, only a
 * possibility ("may supervise", "assist management in hiring"), or a
 * requirement of the candidate ("3 years of supervisory experience",
 * "ability to lead and train"). Only duties say what the holder's time goes on.
 */
export type Modality = 'duty' | 'hedge' | 'requirement';

/** Words before a phrase that make it the candidate's past or ability, not the job. */
const REQUIREMENT_BEFORE = pattern(
  String.raw`\b(?:\d{1,2}\+?\s*(?:or more\s+|plus\s+)?(?:years?|yrs?)|years? of|(?:proven|demonstrated|previous|prior|past|relevant|significant|substantial|extensive|solid|strong|some|practical|documented|successful)\s+(?:\w+\s+)?(?:experience|track record|record|history|background|ability|skills?)|experience (?:in|of|with|working|leading|managing|supervising|as|at|running|overseeing|building|directing)|experienced in|track record|background in|history of|ability to|able to|capable of|capacity to|skills? (?:in|to)|knowledge of|familiarity with|understanding of|qualified|qualification|degree|certif\w*|licen[cs]ed|must have|should have|you have (?:\d|experience|a |an |strong|proven|excellent|good|solid|deep|the ability|worked|led|managed|supervised|been)|you(?:'|’)ve|you bring|you are (?:a|an) (?:experienced|proven|natural|strong)|ideally|preferably|comfortable|skilled|adept|competent|demonstrable|aptitude|erfahrung|kenntnisse|fähigkeit|expérience|capacité|maîtrise|experiencia|capacidad|conocimientos?)\b`,
  '',
);
/** Words after a phrase that make it a wish for the candidate. */
const REQUIREMENT_AFTER = pattern(
  String.raw`^(?:\s*[\p{L}-]+){0,2}\s+(?:experience|skills|abilities|erfahrung|expérience|experiencia)\b|^[^.;\n]{0,40}?\b(?:is|are|would be|will be) (?:a |an )?(?:plus|bonus|advantage|preferred|desired|desirable|required|essential|beneficial)\b|^[^.;\n]{0,25}?\(?(?:a )?(?:plus|preferred|desirable|desired|an advantage|von vorteil|un plus|un atout|valorable|deseable)\b`,
  '',
);

/** Words that make a phrase only possible, occasional, or someone else's to do with help. */
const HEDGE = pattern(
  String.raw`\b(?:may|might|could|can|occasionally|sometimes|periodically|as (?:needed|required|assigned|necessary|appropriate|directed)|when (?:needed|required|necessary)|if (?:needed|required|necessary)|where (?:needed|required|appropriate|applicable)|from time to time|potential(?:ly)?|possibl[ey]|opportunit(?:y|ies) to|chance to|eventually|in (?:the )?future|over time|grow into|path to|room to|prepare (?:you )?(?:for|to)|aspire|aspiring|assist(?:s|ing)? (?:the |our |your )?(?:management|manager|managers|supervisor|supervisors|director|leadership|lead|team lead|head)|help(?:s|ing)? (?:the |our |your )?(?:manager|management|supervisor|director)|support(?:s|ing)? (?:the |our |your )?(?:manager|management|supervisor|director|leadership)|in (?:the|their|his|her) absence|deputi[sz]e|cover for|back ?up (?:for|to|the)|act(?:s|ing)? as (?:a )?(?:backup|deputy|stand-in)|participat(?:e|es|ing) in|contribut(?:e|es|ing) to|be involved in|involvement in|input (?:into|on)|gelegentlich|bei bedarf|ggf|eventuell|unterstützung (?:der|des)|occasionnellement|le cas échéant|éventuellement|en soutien|ocasionalmente|cuando sea necesario|eventualmente|apoyo (?:al|a la))\b`,
  '',
);

const REQUIREMENT_SECTIONS: ReadonlySet<SectionKind> = new Set<SectionKind>(['requirements']);

/** Words after a phrase that make it occasional. */
const HEDGE_AFTER = pattern(
  String.raw`^[^.;\n]{0,40}?\b(?:as (?:needed|required|assigned|necessary|directed)|when (?:needed|required|necessary)|if (?:needed|required|necessary)|where (?:needed|appropriate|applicable)|from time to time|occasionally|in (?:the )?future|over time|in (?:the|their|his|her) absence|bei bedarf|le cas échéant|cuando sea necesario)\b`,
  '',
);

export function modalityOf(clause: string, section: SectionKind, start: number, end: number): Modality {
  const before = clause.slice(0, start);
  if (REQUIREMENT_SECTIONS.has(section) || REQUIREMENT_BEFORE.test(before) || REQUIREMENT_AFTER.test(clause.slice(end)))
    return 'requirement';
  if (HEDGE.test(partBefore(before)) || HEDGE_AFTER.test(clause.slice(end))) return 'hedge';
  return 'duty';
}
