import { lowerPattern as pattern } from '../text/pattern';

/**
 * Who holds a duty: the role (you, the role, this position, the posting's
 * title or its head noun or acronym, or nobody named: an imperative duty),
 * or someone else (another named person or team, a relative clause about
 * them: "You will work under the design manager, who runs the team of 6").
 */
export type Holder = 'role' | 'other';

/** Words of the title that name a role, and its acronym ("Chief Financial Officer" is CFO). */
export interface RoleNames {
  words: ReadonlySet<string>;
  acronym: string;
  /** The title's last word, the noun that names the role ("manager", "registrar"). */
  head: string;
}

const FILLER = new Set([
  'the',
  'our',
  'your',
  'their',
  'his',
  'her',
  'its',
  'a',
  'an',
  'of',
  'and',
  'for',
  'to',
  'in',
  'at',
  'de',
  'du',
  'des',
  'la',
  'le',
  'el',
  'der',
  'die',
  'das',
  'und',
  'y',
  'et',
  'senior',
  'junior',
  'sr',
  'jr',
  'new',
  'm',
  'w',
  'd',
  'f',
  'h',
]);

const stem = (w: string) => w.replace(/(?:'s|’s|s)$/u, '');
const wordsOf = (s: string): string[] =>
  (s.toLowerCase().match(/[\p{L}][\p{L}&'’-]*/gu) ?? []).map(stem).filter((w) => !FILLER.has(w) && w.length > 1);

function acronymOf(s: string): string {
  const initials = (s.match(/[\p{L}][\p{L}'’-]*/gu) ?? [])
    .filter((w) => !FILLER.has(w.toLowerCase()))
    .map((w) => w[0] ?? '')
    .join('');
  return initials.length >= 2 && initials.length <= 5 ? initials.toLowerCase() : '';
}

export function roleNamesFor(title: string): RoleNames {
  // "Supervisory IT Specialist (Policy) GS-13 - Denver": the name before its qualifiers.
  const core = title
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .split(/\s[-–—|]\s|,/)[0]
    ?.trim();
  const list = wordsOf(core ?? title);
  const words = new Set(list);
  const bare = /^[A-Z]{2,5}$/.test((core ?? '').trim()) ? (core ?? '').trim().toLowerCase() : '';
  return { words, acronym: bare || acronymOf(core ?? title), head: list[list.length - 1] ?? '' };
}

/** Whether a noun phrase of the text ("the Registrar", "the CFO") names the posting's own role. */
export function namesRole(phrase: string, names: RoleNames): boolean {
  const ws = wordsOf(phrase);
  if (ws.length === 0) return false;
  if (ws.length === 1 && names.acronym && ws[0] === names.acronym) return true;
  if (names.acronym && acronymOf(phrase) === names.acronym && ws.length >= 2) return true;
  if (ws.every((w) => names.words.has(w))) return true;
  // Postings name their own role loosely ("the Plant Supervisor" in a Shop Supervisor posting): the same
  // head noun names it, unless a word ranks the phrase above or below the title ("the Regional Manager").
  const head = ws[ws.length - 1] as string;
  if (head !== names.head || ws.length < 2) return false;
  return !ws.some((w) => RANK_WORDS.has(w) && !names.words.has(w));
}

/** Words that put a role above or below another of the same name. */
const RANK_WORDS = new Set([
  'regional',
  'area',
  'district',
  'general',
  'senior',
  'executive',
  'chief',
  'head',
  'group',
  'national',
  'country',
  'division',
  'divisional',
  'deputy',
  'assistant',
  'associate',
  'vice',
  'principal',
  'lead',
  'center',
  'centre',
  'branch',
  'department',
  'program',
  'programme',
  'unit',
  'site',
  'managing',
  'supervising',
  'junior',
  'sr',
  'jr',
]);

/** People a duty can be given to in the text, when they are not the role. */
const ROLE_NOUN = String.raw`(?:manager|director|supervisor|superintendent|lead|leader|head|chief|officer|coordinator|foreman|forewoman|chef|owner|president|vice president|vp|principal|dean|registrar|administrator|partner|commissioner|ceo|cfo|cto|coo|cio|cmo|cpo|gm|team|department|leadership|management|colleagues?|peers?|counterparts?|staff|nurse|physician|doctor|consultant|attorney|editor|architect|engineer|founder|founders|board|committee|leitung|leiter(?:in)?|vorgesetzte[rn]?|chef|directeur|directrice|responsable|jefe|jefa|director|gerente|supervisor(?:a)?)s?`;

const SUBJECT = pattern(
  String.raw`(?<prep>\b(?:to|with|for|under|by|alongside|from|of|at|on|into|towards|beside|like|than|à|avec|pour|sous|par|de|mit|für|unter|von|an|con|para|bajo|por)\s+)?(?<np>\b(?:the|our|your|their|his|her|its|a|an|this|that|each|le|la|les|notre|votre|der|die|das|unser(?:e|em|en)?|ihr(?:e|em|en)?|el|los|las|nuestro|nuestra|su)\s+(?:[\p{L}&'’-]+\s+){0,4}?${ROLE_NOUN}(?:\s+${ROLE_NOUN})*\b|\b(?:CEO|CFO|CTO|COO|CIO|CMO|CPO|GM|VP)\b)(?<verb>(?=\s+(?:will|shall|would|is|are|was|has|have|does|do|can|may|must|also|alone|remains|wird|ist|hat|est|sera|a|es|será|tiene|\p{Ll}+s)\b))?(?<rel>\s*,?\s*(?:who|which|that|whose|qui|que|der|die|das|quien|quienes|el cual|la cual)\b)?|(?<role>\b(?:you|your|yourself|du|sie|vous|tu|usted|the (?:successful |selected |ideal )?(?:candidate|applicant|hire|incumbent|jobholder|job holder|post ?holder|postholder|employee|individual|person|role|position|post|job)|this (?:role|position|person|individual|post|job|hire|leader)|le (?:titulaire|poste|candidat)|el (?:puesto|candidato)|die stelle|der stelleninhaber)\b)`,
);

const AFTER_OTHER = pattern(
  String.raw`^\s*(?:(?:stays|sits|rests|lies|remains|is|are|will be|will stay|will remain|will sit|is held|are held|falls?|is handled|are handled|is owned|are owned)\s+)?(?:(?:with|by|to|under)\s+)(?<np>(?:the|our|your|their|a|an|his|her)\s+(?:[\p{L}&'’-]+\s+){0,4}?${ROLE_NOUN}\b|(?:CEO|CFO|CTO|COO|CIO|CMO|CPO|GM|VP)\b)`,
  '',
);

/**
 * Who holds the phrase at [start, end) of a clause: the nearest subject
 * before it, skipping noun phrases governed by a preposition ("report to the
 * Director and oversee the store team": the role oversees), or a phrase
 * after it that hands it to someone else ("people management stays with our
 * Engineering Manager"); `handedOn` false skips the latter, for one's own
 * work ("work under the design manager" is still the holder's work).
 */
export function holderOf(clause: string, start: number, end: number, names: RoleNames, handedOn = true): Holder {
  const after = handedOn ? AFTER_OTHER.exec(clause.slice(end)) : null;
  if (after?.groups?.np && !namesRole(after.groups.np, names)) return 'other';
  const before = clause.slice(0, start);
  let holder: Holder = 'role';
  SUBJECT.lastIndex = 0;
  for (let m = SUBJECT.exec(before); m !== null; m = SUBJECT.exec(before)) {
    const g = m.groups ?? {};
    if (g.role) {
      holder = 'role';
      continue;
    }
    const np = g.np ?? '';
    const indefinite = /^(?:a|an)\s/i.test(np);
    if (g.rel) {
      // "a leader who will…" describes the hire; "the design manager, who runs…" someone else.
      holder = indefinite || namesRole(np, names) ? 'role' : 'other';
      continue;
    }
    // Only a subject hands the duty to someone: "the Director oversees…", not "lead the team and hire…".
    const atStart = before.slice(0, m.index).trim() === '';
    if (g.prep || indefinite || !(g.verb !== undefined || atStart)) continue;
    holder = namesRole(np, names) ? 'role' : 'other';
  }
  return holder;
}

const TARGET_ROLE = pattern(
  String.raw`^(?:you|yourself|this (?:role|position|post|person)|the (?:role|position|post|postholder|incumbent|jobholder))\b`,
  '',
);
const FIRST_ROLE_NOUN = pattern(String.raw`^(?:[\p{L}&'’-]+\s+){0,5}?${ROLE_NOUN}(?:\s+${ROLE_NOUN})*\b|^[A-Z]{2,5}\b`, '');

/** Whether the person a rule names as receiving a duty ("report to the Registrar") is the role. */
export function targetIsRole(target: string, names: RoleNames): boolean {
  const t = target.trim();
  if (TARGET_ROLE.test(t)) return true;
  const np = FIRST_ROLE_NOUN.exec(t)?.[0] ?? t;
  return namesRole(np, names);
}
