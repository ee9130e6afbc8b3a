import type { MessageKey } from '../i18n/t';
import type { Classification } from '../model/classification';
import type { Phrase } from '../model/fit';
import type { ProfileSnapshot } from '../model/profile';
import type { DemandDimension } from '../model/role-type';
import { type Stated, statedDemand } from './demand';

/** At most this many: a recruiter call has room for a few, and the first ones matter most. */
export const MAX_QUESTIONS = 3;

interface Question {
  key: MessageKey;
  /** The dimension whose answer it would give. */
  about: DemandDimension;
}

const TEAM_SIGNALS = new Set(['reports', 'team', 'staff']);
/** Words of the classifier that carry a stated number of people. */
const COUNTED = new Set(['evReportsCount', 'evLeadsTeamCount']);

/** What is unclear in the posting about what decides the fit, most decisive first. */
function unclear(c: Classification, stated: Record<DemandDimension, Stated | null>): Question[] {
  const out: Question[] = [];
  const people = stated.peopleLeadership;
  const craft = stated.craftDepth;
  const ownDuty = (e: Classification['evidence'][number]) => e.field === 'description' && e.reading === 'duty';
  const titled = c.evidence.some((e) => e.rule === 'title.lead' || e.rule === 'title.manager');
  const leadsWork = c.evidence.some((e) => e.signal === 'influence' && ownDuty(e));
  const counted = c.evidence.some((e) => ownDuty(e) && TEAM_SIGNALS.has(e.signal) && COUNTED.has(e.say.key));
  // "Lead" or "manager" with no one named to lead, or leading projects rather than people.
  if ((titled || leadsWork) && (!people || people.support.every((s) => s.basis === 'implied')))
    out.push({ key: 'askLeadMeaning', about: 'peopleLeadership' });
  else if (!people) out.push({ key: 'askWhoReports', about: 'peopleLeadership' });
  else if (people.side === 'high' && !counted) out.push({ key: 'askTeamSize', about: 'peopleLeadership' });
  if (!craft) out.push({ key: 'askHandsOn', about: 'craftDepth' });
  else if (people?.side === 'high' && craft.side === 'high' && !c.evidence.some((e) => e.signal === 'time-split' && ownDuty(e)))
    out.push({ key: 'askTimeSplit', about: 'craftDepth' });
  else if (craft.support.every((s) => s.basis !== 'stated')) out.push({ key: 'askHandsOnLeft', about: 'craftDepth' });
  if (!stated.pressure) out.push({ key: 'askHours', about: 'pressure' });
  if (!stated.autonomy) out.push({ key: 'askAutonomy', about: 'autonomy' });
  if (!stated.strategicScope) out.push({ key: 'askDirection', about: 'strategicScope' });
  if (!stated.collaboration) out.push({ key: 'askCollaboration', about: 'collaboration' });
  return out;
}

/**
 * Questions to ask the recruiter where the posting is unclear about what
 * decides the fit: how many people would report to the role, how much of the
 * week is hands-on, what "lead" means here. Leading people and the hands-on
 * work come first (they decide most careers at this fork); the rest follow
 * by how much the user cares (how far their answers are from the middle),
 * or in a fixed order before they have a profile.
 */
export function questionsFor(c: Classification, profile?: ProfileSnapshot['result']): Phrase[] {
  const stated = statedDemand(c);
  const all = unclear(c, stated);
  const core = all.filter((q) => q.about === 'peopleLeadership' || q.about === 'craftDepth');
  const care = (q: Question) => (profile ? Math.abs((profile.dimensions[q.about] ?? 50) - 50) : 0);
  const rest = all.filter((q) => !core.includes(q)).sort((a, b) => care(b) - care(a));
  return [...core, ...rest].slice(0, MAX_QUESTIONS).map((q) => ({ key: q.key, args: [] }));
}
