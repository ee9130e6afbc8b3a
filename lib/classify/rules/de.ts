import { COUNT } from '../numbers';
import { alt } from '../text/pattern';
import { countFrom, type RuleInput } from './types';

/** German: "Personalverantwortung", "ein Team von 7 führen", "keine Personalverantwortung", "60 % Ihrer Zeit". */
const LEUTE = alt([
  'mitarbeiter(?:innen|:innen|\\*innen|_innen)?',
  'mitarbeitende[nr]?',
  'beschäftigte[n]?',
  'personen',
  'kolleg(?:en|innen|:innen)',
  'entwickler(?:innen|:innen)?',
  'ingenieur(?:e|innen|:innen)',
  'pflegekräfte[n]?',
  'pflegefachkräfte[n]?',
  'fachkräfte[n]?',
  'techniker(?:innen)?',
  'monteur(?:e|innen)',
  'köch(?:e|innen)',
  'verkäufer(?:innen)?',
  'berater(?:innen)?',
  'analyst(?:en|innen)',
  'team ?leiter(?:innen)?',
  'führungskräfte[n]?',
  'auszubildende[n]?',
  'lehrkräfte[n]?',
]);
const TEAM_DE = alt([
  'team',
  'teams',
  'abteilung',
  'gruppe',
  'bereich',
  'station',
  'schicht',
  'mannschaft',
  'crew',
  'filiale',
  'standort',
]);

export const DE: RuleInput[] = [
  {
    id: 'de.people-role.responsibility',
    signal: 'people-role',
    re: String.raw`\b(?:disziplinarische[nr]? (?:führung|verantwortung|vorgesetzte[rn]?)|personalverantwortung|führungsverantwortung|mitarbeiterverantwortung|personalführung|mitarbeiterführung|führungsrolle|führungsposition|führungskraft)\b`,
    explain: 'evPeopleRole',
    examples: [
      'Sie tragen disziplinarische Personalverantwortung für das Team.',
      'Eine Führungsposition mit Budgetverantwortung.',
    ],
    nearMisses: ['Sie arbeiten eng mit der Teamleitung zusammen.'],
  },
  {
    id: 'de.ic.no-people-responsibility',
    signal: 'ic',
    denies: true,
    re: String.raw`\b(?:keine|ohne) (?:disziplinarische |direkte )?(?:personalverantwortung|führungsverantwortung|mitarbeiterverantwortung|führungsaufgaben|direct reports)\b|\b(?:fachkarriere|expertenlaufbahn|expertenrolle|individual contributor|einzelbeitragende[rn]?)\b`,
    explain: 'evIndividualContributor',
    examples: ['Die Stelle hat keine Personalverantwortung.', 'Eine Rolle in der Fachkarriere, ohne Führungsaufgaben.'],
    nearMisses: ['Sie übernehmen Personalverantwortung für sieben Mitarbeitende.'],
  },
  {
    id: 'de.team.lead-team-of-n',
    signal: 'team',
    re: String.raw`\b(?:führ(?:en|st|t|ung)|leit(?:en|est|et|ung)|verantwortung für|verantworten)\s+(?:ein(?:es|e[nm]?)?|ihr(?:es|e[nm]?)?|dein(?:es|e[nm]?)?|unser(?:es|e[nm]?)?|das|die|den)?\s*(?:[\p{L}-]+\s+){0,2}?${TEAM_DE}\s+(?:von|mit|aus)\s+(?:rund\s+|ca\.\s+|etwa\s+|bis zu\s+)?(${COUNT})\b|\b(?:ein(?:es)?|ihr(?:es)?|dein(?:es)?)\s+(?:[\p{L}-]+\s+){0,2}?${TEAM_DE}\s+(?:von|mit|aus)\s+(${COUNT})\s+(?:[\p{L}-]+\s+)?${LEUTE}\b[^.;\n]{0,40}?\b(?:führ|leit)\w*`,
    explain: 'evLeadsTeamCount',
    read: (m) => countFrom(m[1] ? 1 : 2)(m),
    examples: ['Sie führen ein Team von sieben Backend-Entwicklern.', 'Leitung eines Teams mit 12 Mitarbeitenden.'],
    nearMisses: ['Sie arbeiten in einem Team von sieben Entwicklern.'],
  },
  {
    id: 'de.team.lead-team',
    signal: 'team',
    re: String.raw`\b(?:führ(?:en|st|t)|leit(?:en|est|et)|verantwort(?:en|est|et))\s+(?:das|die|den|ein(?:e[nm]?)?|ihr(?:e[nm]?)?|dein(?:e[nm]?)?|unser(?:e[nm]?)?)\s+(?:[\p{L}-]+\s+){0,2}?${TEAM_DE}\b|\b(?:leitung|führung)\s+(?:des|der|eines|einer|ihres|ihrer)\s+(?:[\p{L}-]+\s+){0,2}?${TEAM_DE}s?\b|\b(?:team|abteilungs|stations|bereichs|schicht|filial|gruppen)leitung\b`,
    explain: 'evLeadsTeam',
    examples: ['Sie leiten das Team der Frontend-Entwicklung.', 'Die Leitung der Station liegt bei Ihnen.'],
    nearMisses: ['Sie arbeiten im Team der Frontend-Entwicklung.'],
  },
  {
    id: 'de.reports.count',
    signal: 'reports',
    re: String.raw`\b(${COUNT})\s+(?:[\p{L}-]+\s+){0,2}?${LEUTE}\s+(?:[\p{L}-]+\s+){0,3}?(?:berichten (?:direkt )?an (?:sie|dich)|sind ihnen unterstellt|sind dir unterstellt|unterstehen ihnen|in ihrem team)\b|\b(?:ihnen|dir) (?:sind|unterstehen) (${COUNT})\s+(?:[\p{L}-]+\s+)?${LEUTE}\b`,
    explain: 'evReportsCount',
    read: (m) => countFrom(m[1] ? 1 : 2)(m),
    examples: ['Sieben Entwickler berichten direkt an Sie.', 'Ihnen sind 12 Mitarbeitende unterstellt.'],
    nearMisses: ['Sie berichten an den CTO.'],
  },
  {
    id: 'de.staff.lead-people',
    signal: 'staff',
    re: String.raw`\b(?:führ(?:en|st|t|ung)|leit(?:en|est|et|ung)|anleit(?:en|ung)|betreu(?:en|ung)|steuer(?:n|ung))\s+(?:von\s+)?(?:ihr(?:es|er|e[nm]?)?\s+|dein(?:es|er|e[nm]?)?\s+|der\s+|die\s+|den\s+)?(?:(?:${COUNT})\s+)?(?:(?!(?:und|oder|sowie)\b)[\p{L}-]+\s+){0,2}?${LEUTE}\b`,
    explain: 'evSupervisesStaff',
    examples: ['Führung von sieben Mitarbeitenden.', 'Sie leiten Ihre Pflegekräfte an und führen Mitarbeitergespräche.'],
    // "führen und Mitarbeitende einstellen": two duties, the people belong to the second.
    nearMisses: [
      'Sie unterstützen Kolleginnen und Kollegen bei Fragen.',
      'Du wirst Projekte führen und Mitarbeitende anderer Teams beraten.',
    ],
  },
  {
    id: 'de.hiring.recruit',
    signal: 'hiring',
    re: String.raw`\b(?:einstellung|rekrutierung|auswahl|recruiting|gewinnung) (?:neuer |von |der )?(?:[\p{L}-]+ )?(?:${LEUTE}|talente)\b|\b(?:stellen|stellst) (?:neue )?(?:${LEUTE}) ein\b|\b(?:neue )?(?:${LEUTE}) einstellen\b|\bpersonalauswahl\b`,
    explain: 'evHires',
    examples: [
      'Rekrutierung neuer Mitarbeitender.',
      'Sie stellen neue Entwickler ein.',
      'Du wirst ein Team führen und Mitarbeitende einstellen.',
    ],
    nearMisses: ['Wir stellen ein!'],
  },
  {
    id: 'de.reviews.talks',
    signal: 'reviews',
    re: String.raw`\b(?:mitarbeiter(?:innen)?gespräche|jahresgespräche|entwicklungsgespräche|zielvereinbarungen|leistungsbeurteilungen?|beurteilungen|feedbackgespräche)\b`,
    explain: 'evReviews',
    examples: ['Sie führen Mitarbeitergespräche und Zielvereinbarungen.', 'Jährliche Leistungsbeurteilungen des Teams.'],
    nearMisses: ['Sie führen Kundengespräche.', 'Gespräche mit Kunden.'],
  },
  {
    id: 'de.scheduling.rota',
    signal: 'scheduling',
    re: String.raw`\b(?:dienstpl(?:an|äne|anung)|schichtpl(?:an|äne|anung)|einsatzplanung|personalplanung|personaleinsatzplanung|aufgabenverteilung|arbeitsverteilung)\b`,
    explain: 'evSchedules',
    examples: ['Sie erstellen den Dienstplan.', 'Personaleinsatzplanung für die Station.'],
    nearMisses: ['Sie planen Projekte.', 'Wir planen Ihren Einstieg.'],
  },
  {
    id: 'de.budget.owns',
    signal: 'budget',
    re: String.raw`\b(?:budgetverantwortung|ergebnisverantwortung|kostenverantwortung|p&l[- ]verantwortung)\b|\bverantwort(?:en|ung für) (?:das|den|die) (?:[\p{L}-]+ )?budget\b`,
    explain: 'evOwnsBudget',
    examples: ['Eine Führungsposition mit Budgetverantwortung.', 'Sie verantworten das Budget der Abteilung.'],
    nearMisses: ['Sie erstellen Budgetanalysen.'],
  },
  {
    id: 'de.influence.expertise',
    signal: 'influence',
    re: String.raw`\bfachliche (?:führung|leitung|anleitung|betreuung)\b|\b(?:mentor(?:in|ing)?|ansprechpartner(?:in)?|sparringspartner(?:in)?) (?:für|von)\b|\b(?:leiten|leitung von|verantworten) (?:[\p{L}-]+ ){0,2}?projekte[n]?\b`,
    explain: 'evInfluence',
    examples: ['Fachliche Führung der Entwickler ohne Personalverantwortung.', 'Sie leiten technische Projekte.'],
    nearMisses: ['Disziplinarische Führung des Teams.'],
  },
  {
    id: 'de.other-lead.someone-else',
    signal: 'other-lead',
    re: String.raw`\b(?:unter (?:der )?(?:leitung|führung|anleitung) (?:von|des|der)|berichten an (?:die|den)|berichtest an (?:die|den)|teil (?:des|eines|unseres) (?:[\p{L}-]+[ -])?teams?)\b`,
    explain: 'evSomeoneElseLeads',
    examples: ['Sie arbeiten unter der Leitung des Teamleiters.', 'Sie werden Teil unseres Plattform-Teams.'],
    nearMisses: ['Sie übernehmen die Leitung des Teams.'],
  },
  {
    id: 'de.time-split.share',
    signal: 'time-split',
    re: String.raw`\b(?<portion>\d{1,3}\s?%|den (?:großteil|größten teil|überwiegenden teil)|die hälfte|etwa die hälfte|mehr als die hälfte)\s+(?:ihrer|deiner|der)\s+(?:arbeits)?zeit\b(?<rest>[^.;\n]{0,60})`,
    explain: 'evTimeShare',
    read: (m, around) => {
      const raw = m.groups?.portion ?? '';
      const pct = /(\d{1,3})/.exec(raw);
      const share = pct ? Number(pct[1]) / 100 : /hälfte/.test(raw) ? (/mehr/.test(raw) ? 0.6 : 0.5) : 0.7;
      const text = `${m.groups?.rest ?? ''} ${around.after}`;
      const own =
        /\b(?:hands-on|programm|entwickl|code|selbst|eigene|patient|pflege|unterricht|technisch|operativ|kochen|am herd|beratung)/.test(
          text,
        );
      const people = /\b(?:führung|team|mitarbeit|personal|management|leitung|planung)/.test(text);
      if (own === people) return null;
      return { share, shareOnPeople: people };
    },
    examples: [
      'Etwa 60 % Ihrer Zeit programmieren Sie selbst.',
      'Den Großteil Ihrer Zeit verbringen Sie mit Führung und Planung.',
    ],
    nearMisses: ['60 % unserer Kunden sitzen in Europa.'],
  },
  {
    id: 'de.hands-on.own-work',
    signal: 'hands-on',
    re: String.raw`\bhands-on\b(?!-)|\b(?:arbeiten|arbeitest|packen|packst) (?:(?:selbst|aktiv|operativ)\s+){1,2}mit\b|\b(?:programmieren|entwickeln|kochen|pflegen|beraten|unterrichten) (?:sie|du) (?:weiterhin |auch |selbst )+\b|\bselbst (?:mit )?(?:hand anlegen|programmieren|entwickeln|am code)\b|\beigene[nrs]? (?:kunden|patienten|projekte|fälle|mandate|klassen|portfolio)\b|\boperativ(?:e[rn]?)? (?:tätigkeit|mitarbeit|arbeit)\b`,
    explain: 'evHandsOn',
    examples: ['Sie arbeiten selbst aktiv mit und programmieren weiterhin.', 'Betreuung eigener Kunden.'],
    nearMisses: ['Hands-on-Mentalität ist uns wichtig'],
  },
  {
    id: 'de.craft.practice',
    signal: 'craft',
    re: String.raw`\b(?:schreib(?:en|st|t)|entwickel(?:n|st|t)|programmier(?:en|st|t))\s+(?:(?:sie|du)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:code|produktivcode|software|anwendungen|features)\b|\b(?:produktivcode|code) (?:schreiben|entwickeln)\b|\b(?:pflege|betreuung|versorgung|behandlung) (?:von |der )?(?:patient(?:en|innen)|bewohner(?:n|innen)?)\b`,
    explain: 'evOwnWork',
    examples: [
      'Sie schreiben keinen Produktivcode.',
      'Sie entwickeln neue Features in Kotlin.',
      'Pflege der Patienten auf der Station.',
    ],
    nearMisses: ['Sie entwickeln das Team weiter.'],
  },
];
