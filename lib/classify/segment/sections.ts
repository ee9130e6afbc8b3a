import { lowerPattern, lowerText, pattern } from '../text/pattern';

/**
 * What a part of a posting is about. Only the role's own parts (duties, and
 * the intro or summary that describes the job) say what its holder will do;
 * requirements describe the candidate; the rest is about the employer.
 */
export type SectionKind = 'duties' | 'requirements' | 'company' | 'benefits' | 'legal' | 'apply' | 'other';

/** Sections that say what the holder will spend their time on. */
export const ROLE_SECTIONS: ReadonlySet<SectionKind> = new Set<SectionKind>(['duties', 'other']);
/** Sections about the employer, pay and process: nothing there describes the role. */
export const BOILERPLATE_SECTIONS: ReadonlySet<SectionKind> = new Set<SectionKind>(['company', 'benefits', 'legal', 'apply']);

type Cue = [RegExp, number];
const cue = (source: string, weight: number): Cue => [lowerPattern(source, ''), weight];

/**
 * Scored cues for headings, in four languages. A heading takes the kind with
 * the highest score; one that matches nothing is "other" and is read like
 * the role's own text. "About …" is the company unless it is about the role,
 * the job, the team or the person.
 */
const HEADING_CUES: Record<Exclude<SectionKind, 'other'>, Cue[]> = {
  duties: [
    cue(String.raw`\b(?:responsibilit(?:y|ies)|duties|dut(?:y|ies) statement|accountabilit(?:y|ies)|tasks?|functions)\b`, 3),
    cue(String.raw`\bwhat (?:you(?:'|’)?ll|you will|you'd|you would) (?:do|be doing|work on|own|achieve)\b`, 4),
    cue(String.raw`\b(?:the|your|this|about the|about this) (?:role|job|position|post|opportunity|mission|impact|day|team)\b`, 3),
    cue(String.raw`\b(?:role|job|position|post) (?:overview|summary|description|purpose|profile|details)\b`, 3),
    cue(
      String.raw`\b(?:overview|summary|scope|purpose|day[- ]to[- ]day|a day in the life|in this role|you will|your impact|the work|what the job involves|supervisory|supervision|leadership|management|team)\b`,
      2,
    ),
    cue(
      String.raw`\b(?:aufgaben|aufgabengebiet|ihre aufgaben|deine aufgaben|das erwartet (?:dich|sie)|tätigkeiten|verantwortung|stellenbeschreibung|ihr job|dein job)\b`,
      4,
    ),
    cue(
      String.raw`\b(?:missions?|vos missions|tes missions|le poste|descriptif du poste|responsabilités|activités|votre rôle|ton rôle|description du poste)\b`,
      4,
    ),
    cue(
      String.raw`\b(?:funciones|responsabilidades|tareas|tus funciones|qué harás|descripción del puesto|el puesto|tu rol|sobre el puesto)\b`,
      4,
    ),
  ],
  requirements: [
    cue(
      String.raw`\b(?:requirements?|qualifications?|requisites?|prerequisites?|criteria|competenc(?:e|ies|y)|skills?|experience|education|certifications?|licen[cs](?:e|ure)s?|knowledge)\b`,
      3,
    ),
    cue(
      String.raw`\b(?:who you are|about you|your profile|you have|you are|you bring|what you(?:'|’)?ll (?:need|bring)|what you bring|what we(?:'|’)?re looking for|what we are looking for|we(?:'|’)?re looking for|we are looking for|looking for|ideal candidate|the candidate|the person|person specification|must[- ]haves?|nice[- ]to[- ]haves?|bonus points|essential|desirable|preferred|desired|minimum|basic|physical (?:demands|requirements))\b`,
      4,
    ),
    cue(String.raw`\b(?:how you will be evaluated|specialized experience|eligibility)\b`, 3),
    cue(
      String.raw`\b(?:ihr profil|dein profil|profil|anforderungen|qualifikationen?|das bringst du mit|das bringen sie mit|was (?:du|sie) mitbringst|voraussetzungen|kenntnisse)\b`,
      4,
    ),
    cue(
      String.raw`\b(?:votre profil|ton profil|profil recherché|compétences|qualifications requises|prérequis|ce que nous recherchons)\b`,
      4,
    ),
    cue(String.raw`\b(?:requisitos|perfil|qué buscamos|buscamos|se requiere|experiencia requerida|formación|conocimientos)\b`, 4),
  ],
  company: [
    cue(String.raw`^about (?!(?:the |this |your )?(?:role|job|position|post|opportunity|team|you|department|unit|work)\b)`, 3),
    cue(
      String.raw`\b(?:who we are|our (?:story|company|mission|values|culture|vision|purpose|organi[sz]ation)|company (?:overview|description|profile|information)|the company|mission|vision|values|culture|life at)\b`,
      3,
    ),
    cue(
      String.raw`\b(?:über uns|wer wir sind|unternehmen|das sind wir|à propos|qui sommes[- ]nous|l'entreprise|notre entreprise|sobre nosotros|quiénes somos|la empresa|nuestra empresa)\b`,
      4,
    ),
  ],
  benefits: [
    cue(
      String.raw`\b(?:benefits?|perks?|what we offer|we offer|what(?:'|’)?s in it for you|why (?:join|work|you(?:'|’)?ll love)|compensation|salary|pay|rewards?|total rewards|remuneration|package)\b`,
      4,
    ),
    cue(
      String.raw`\b(?:wir bieten|was wir bieten|unser angebot|deine vorteile|ihre vorteile|benefits|vergütung|ce que nous offrons|nous offrons|nous proposons|avantages|rémunération|ofrecemos|qué ofrecemos|beneficios|te ofrecemos)\b`,
      4,
    ),
  ],
  legal: [
    cue(
      String.raw`\b(?:equal (?:employment )?opportunit(?:y|ies)|eeo|diversity|inclusion|accommodations?|disclaimer|privacy|notice|e-verify|legal|right to work|conditions of employment|pay transparency|background check)\b`,
      4,
    ),
    cue(String.raw`\b(?:chancengleichheit|datenschutz|diversité|égalité|igualdad|diversidad)\b`, 4),
  ],
  apply: [
    cue(
      String.raw`\b(?:how to apply|to apply|apply(?: now| today)?|application(?: process| instructions)?|next steps|interview process|recruitment process|hiring process|contact)\b`,
      4,
    ),
    cue(
      String.raw`\b(?:bewerbung|bewirb dich|kontakt|candidature|postuler|processus de recrutement|cómo aplicar|postúlate|proceso de selección|contacto)\b`,
      4,
    ),
  ],
};

export function sectionOfHeading(heading: string): SectionKind | null {
  const text = heading
    .replace(/[:*_#]+/g, ' ')
    .trim()
    .toLowerCase();
  let best: SectionKind | null = null;
  let bestScore = 0;
  for (const [kind, cues] of Object.entries(HEADING_CUES) as Array<[Exclude<SectionKind, 'other'>, Cue[]]>) {
    let score = 0;
    for (const [re, w] of cues) if (re.test(text)) score += w;
    if (score > bestScore) {
      best = kind;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Sentences that are boilerplate or a requirement wherever they stand: an
 * equal-opportunity line inside the duties, "The ideal candidate will have…"
 * in a heading-less posting, a company's self-description in the intro.
 */
const SENTENCE_CUES: Array<[SectionKind, RegExp, RegExp?]> = [
  [
    'legal',
    lowerPattern(
      String.raw`\b(?:equal (?:employment )?opportunity|affirmative action|without regard to|regardless of (?:race|age|gender|sex|religion|color|national)|protected (?:veteran|characteristic|class|status)|reasonable accommodations?|(?:celebrate|value|embrace|committed to) diversity|e-verify|drug[- ]free workplace|at-will|background (?:check|screening)|pay transparency|right to work|visa sponsorship|disclaimer|this (?:job description|posting) is not (?:intended|designed)|not (?:necessarily )?an exhaustive list|management reserves the right|other duties as (?:assigned|required)|chancengleichheit|égalité des chances|igualdad de oportunidades)\b`,
      '',
    ),
  ],
  [
    'benefits',
    lowerPattern(
      String.raw`\b(?:salary range|base salary|pay range|hourly rate|compensation (?:range|package)|competitive (?:salary|pay|compensation)|401\s?\(?k\)?|pension (?:scheme|plan|contributions?)|paid time off|pto|(?:health(?:care)?|medical|dental|vision|life) (?:insurance|cover|coverage|plan|benefits)|medical,? (?:and )?dental|parental leave|annual leave|holiday allowance|employee assistance|stock options|equity (?:grants?|package)|tuition (?:assistance|reimbursement)|wellness|gym membership|we offer|benefits include|our benefits|perks include|urlaubstage|betriebliche altersvorsorge|mutuelle|tickets? restaurant|seguro médico)\b`,
      '',
    ),
  ],
  [
    'apply',
    lowerPattern(
      String.raw`\b(?:to apply|apply (?:now|today|online|here|via|through|by)|please (?:send|submit|apply)|submit (?:your|a) (?:cv|resume|résumé|application)|send (?:your|a) (?:cv|resume|résumé|application)|applications? (?:close|will be reviewed|must be)|closing date|interviews will|bewirb dich|postulez|envoyez votre|envía tu)\b`,
      '',
    ),
  ],
  [
    'company',
    lowerPattern(
      String.raw`^(?:(?:at|founded in|since|established in|headquartered in|based in) \S|we are (?:a|an|one of|the (?:leading|largest|premier))\b(?! (?:looking|seeking|hiring|searching))|our (?:mission|vision|company|values|clients|customers include)\b|(?:for|with) (?:over|more than) \d+ years\b)`,
      '',
    ),
  ],
  [
    'requirements',
    lowerPattern(
      String.raw`^(?:the (?:ideal|successful|right|preferred) (?:candidate|applicant|person)(?: will| should| must)? (?:have|has|be|possess|bring|hold)|(?:candidates|applicants) (?:must|should|will) (?:have|possess|hold|be)|you (?:must|should) (?:have|hold|possess|be)|(?:minimum|basic|preferred) (?:qualifications?|requirements?)|requirements?:|qualifications?:)`,
      '',
    ),
  ],
];

/** A company's name saying what it is ("Acme Corp is a leading…"): capitals matter, so it reads the sentence as written. */
const NAMED_COMPANY = pattern(
  String.raw`^(?!(?:This|It|That|There|The|Our|We|You|Your|He|She|They|Which|What|Who|Each|Every|One|Success|Everything|Nothing)\s)(?:[\p{Lu}][\p{L}&.'-]*\s){1,4}(?:is|are) (?:a|an|one of|the (?:leading|largest|world|nation|premier|first))\b`,
  'u',
);

export function sectionOfSentence(sentence: string): SectionKind | null {
  const lower = lowerText(sentence);
  for (const [kind, re] of SENTENCE_CUES) if (re.test(lower)) return kind;
  return / (?:is|are) (?:a|an|one|the) /.test(lower) && NAMED_COMPANY.test(sentence) ? 'company' : null;
}
