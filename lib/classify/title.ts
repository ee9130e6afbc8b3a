import { pattern } from './text/pattern';

/**
 * What the title hints. A clue, never the decider (role-types.md): Manager,
 * Lead, Head, Chief, Senior and Principal mislead as often as they help, so
 * each cue is one feature among many and the fitted model weighs it.
 */
export type TitleCue =
  | 'executive'
  | 'director'
  | 'manager'
  | 'icManager'
  | 'supervisor'
  | 'lead'
  | 'senior'
  | 'practitioner'
  | 'deputy'
  | 'trainee';

const CUES: Array<[TitleCue, RegExp]> = [
  [
    'executive',
    pattern(
      String.raw`\b(?:chief|ceo|cfo|coo|cto|cio|cmo|cpo|cso|cro|vp|svp|evp|vice[- ]president|president|executive director|managing director|general manager|director general|geschäftsführer(?:in)?|vorstand|directeur général|directrice générale|director general|director ejecutivo|directora ejecutiva|gerente general)\b`,
      'iu',
    ),
  ],
  [
    'director',
    pattern(
      String.raw`\b(?:director|directora|head of|head|leiter(?:in)?|bereichsleiter(?:in)?|abteilungsleiter(?:in)?|directeur|directrice|jefe|jefa|responsable (?:de|du|des)|principal(?= of| at|$)|dean|superintendent of schools)\b`,
      'iu',
    ),
  ],
  ['manager', pattern(String.raw`\b(?:manager|managerin|management|gerente|gestionnaire|gérant|gérante|encargad[oa])\b`, 'iu')],
  [
    'icManager',
    pattern(
      String.raw`\b(?:account|product|project|program|programme|case|property|portfolio|relationship|community|social media|content|brand|category|client|customer success|success|campaign|release|delivery|risk|compliance|quality|safety|asset|contract|grants?|research|events?|partner|partnership|channel|territory|key account|marketing|fundraising|claims|credit|inventory|procurement|vendor|implementation|solutions|engagement|care|benefits|payroll|records|data|document)\s+manager\b`,
      'iu',
    ),
  ],
  [
    'supervisor',
    pattern(
      String.raw`\b(?:supervisor|supervisory|supervising|supv|supvy|superintendent|foreman|forewoman|forem[ae]n|charge nurse|nurse in charge|shift (?:lead|leader|manager|supervisor)|crew (?:lead|leader|chief)|party chief|chef de cuisine|head chef|sous[- ]chef|executive chef|kitchen manager|team ?leader|teamleiter(?:in)?|vorarbeiter(?:in)?|polier|chef d'équipe|chef de chantier|chef de rang|capataz|encargad[oa]|jefe de (?:equipo|turno|obra|cocina)|chef d'atelier)\b`,
      'iu',
    ),
  ],
  ['lead', pattern(String.raw`\b(?:lead|leader|leiter(?:in)?|líder|référent)\b`, 'iu')],
  [
    'senior',
    pattern(
      String.raw`\b(?:senior|sr|principal|staff|distinguished|expert|experte|expertin|confirmé|confirmée|sénior|señor)\b`,
      'iu',
    ),
  ],
  [
    'practitioner',
    pattern(
      String.raw`\b(?:engineer|developer|analyst|scientist|nurse|designer|accountant|consultant|specialist|technician|associate|assistant|coordinator|administrator|advis[eo]r|attorney|lawyer|counsel|paralegal|teacher|lecturer|professor|therapist|pharmacist|physician|doctor|dentist|veterinarian|architect|writer|editor|journalist|reporter|researcher|clerk|agent|representative|officer|inspector|surveyor|auditor|underwriter|adjuster|recruiter|cook|commis|chef de partie|barista|server|cashier|electrician|plumber|carpenter|welder|mechanic|machinist|driver|operator|installer|worker|crew member|labou?rer|cleaner|guard|paramedic|programmer|tester|entwickler(?:in)?|ingenieur(?:in)?|berater(?:in)?|referent(?:in)?|sachbearbeiter(?:in)?|fachkraft|pflegefachkraft|ingénieur|ingénieure|développeur|développeuse|conseiller|conseillère|chargé|chargée|technicien|technicienne|infirmier|infirmière|ingeniero|ingeniera|desarrollador(?:a)?|analista|técnico|técnica|enfermero|enfermera|consultor(?:a)?|asesor(?:a)?)\b`,
      'iu',
    ),
  ],
  [
    'deputy',
    pattern(
      String.raw`\b(?:assistant (?:manager|director|head|superintendent|store manager|general manager)|deputy|associate director|vice principal|stellvertretende[r]?|adjoint(?:e)?|subdirector(?:a)?|segundo de cocina)\b`,
      'iu',
    ),
  ],
  [
    'trainee',
    pattern(
      String.raw`\b(?:intern|internship|trainee|apprentice|graduate|entry[- ]level|junior|jr|werkstudent(?:in)?|praktikant(?:in)?|stagiaire|alternant(?:e)?|becario|becaria|prácticas)\b`,
      'iu',
    ),
  ],
];

export function titleCues(title: string): TitleCue[] {
  return CUES.filter(([, re]) => re.test(title)).map(([cue]) => cue);
}
