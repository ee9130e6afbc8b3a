import { say, type Words, words } from '../i18n/words';
import type { Found } from './scan';

/**
 * The title is a weak prior: "Manager", "Lead" and "Head" mislead as often as
 * they help, so these weights stay well below one clear sentence of the body.
 */
const TITLE_RULES: Array<{ re: RegExp; authority: number; handsOn: number; explanation: Words }> = [
  {
    re: /\b(?:chief|ceo|cfo|coo|cto|cio|cmo|vp|vice[- ]president|executive director|managing director|general manager|geschäftsführer|directeur général|director general)\b/i,
    authority: 1.5,
    handsOn: -0.5,
    explanation: words('whyExecutiveTitle'),
  },
  {
    re: /\b(?:director|head of|leiter(?:in)?|directeur|directrice)\b/i,
    authority: 1,
    handsOn: -0.3,
    explanation: words('whyDirectorOrHeadOfTitle'),
  },
  {
    re: /\b(?:manager|managerin|superintendent|administrator|gerente|jefe|jefa|responsable)\b/i,
    authority: 0.5,
    handsOn: 0,
    explanation: words('whyManagerTitleOftenMisleading'),
  },
  {
    re: /\b(?:lead|leader|supervisor|foreman|forewoman|charge nurse|team ?leiter|chef d'équipe|encargad[oa])\b/i,
    authority: 0.5,
    handsOn: 0.5,
    explanation: words('whyLeadOrSupervisorTitle'),
  },
  {
    re: /\b(?:engineer|developer|analyst|scientist|specialist|counsel|designer|accountant|associate|adviser|advisor|consultant|architect|researcher|writer|copywriter|nurse|therapist|physiotherapist|paralegal|planner|technician|entwickler(?:in)?|ingénieur|ingeniero|ingeniera|analista|spezialist(?:in)?|berater(?:in)?)\b/i,
    authority: -0.3,
    handsOn: 0.5,
    explanation: words('whyPractitionerTitle'),
  },
];

export function titleEvidence(title: string): Found[] {
  const found: Found[] = [];
  for (const rule of TITLE_RULES) {
    // "Charge Nurse", "Engineering Team Lead": a leading word outranks the practitioner noun beside it.
    if (rule.authority < 0 && found.some((f) => f.signal === 'title' && f.weight > 0)) continue;
    const m = rule.re.exec(title);
    if (!m) continue;
    const base = {
      field: 'title' as const,
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      priority: 0,
      explanation: say(rule.explanation),
    };
    if (rule.authority !== 0) found.push({ ...base, signal: 'title', weight: rule.authority });
    if (rule.handsOn > 0) found.push({ ...base, signal: 'hands-on', weight: rule.handsOn });
    if (rule.handsOn < 0) found.push({ ...base, signal: 'not-hands-on', weight: -rule.handsOn });
  }
  return found;
}
