import { COUNT, parseCount } from '../../numbers';
import { counted, type Pattern } from '../types';

/** Words for the people a role may lead, and the units they form. */
export const PEOPLE = `(?:people|staff|solicitors|barristers|vets|veterinarians|dentists|surveyors|architects|stockpersons|labourers|laborers|operatives|practitioners|leaders|room leaders|support workers|counselors|counsellors|tutors|form tutors|directors|principals|heads|chiefs|baristas|servers|bartenders|cleaners|housekeepers|porters|guards|stylists|trainees|apprentices|interns|volunteers|tellers|caregivers|carers|aides|instructors|tutors|clinicians|pharmacists|doctors|physicians|midwives|social workers|caseworkers|case managers|employees|engineers|developers|analysts|designers|nurses|teachers|reps|representatives|managers|leads|supervisors|technicians|associates|agents|accountants|attorneys|lawyers|paralegals|scientists|researchers|officers|specialists|consultants|coordinators|clerks|assistants|workers|chefs|cooks|cashiers|drivers|dispatchers|operators|writers|physiotherapists|therapists|carpenters|tradespeople|professionals|members|team members|individuals|fte|direct reports|reports|administrators|advisors|advisers|auditors|planners|buyers|recruiters|editors|producers|pickers|packers|mechanics|electricians|crew)`;
export const TEAM = `(?:team|teams|group|groups|department|unit|crew|brigade|pod|squad|function|organi[sz]ation|office|staff|workforce|shift|studio|practice|branch|store|shop|kitchen|lab|laboratory|ward|clinic|site|hotel|restaurant|school|home|centre|center|plant|warehouse|newsroom|desk)`;
export const YOU_OR_ROLE = `(?:you|this role|the role|this position|the position|the post|this post|the holder|the successful candidate|them|him or her)`;

/** A verb of leading before a counted team: "manages a team of 8 engineers". */
export const teamOf = (verb: string, weight: number): Pattern => ({
  re: new RegExp(
    String.raw`\b${verb}\s+(?:and\s+\w+\s+)?(?:(?:a|an|the|our|your|their|its)\s+)?(?:[\w'’-]+\s+){0,3}?(?:${TEAM})\s+(?:of|with)\s+(?:about\s+|around\s+|up\s+to\s+|roughly\s+|approximately\s+|some\s+)?(${COUNT})\b`,
    'gi',
  ),
  priority: 3,
  negatable: true,
  read: (m) => {
    const count = parseCount(m[1] ?? '');
    return {
      signal: 'team-size',
      weight,
      count,
      explanation: counted(count, 'whyLeadsATeamOfNPeople', 'whyLeadsATeamOfSeveral'),
    };
  },
});
