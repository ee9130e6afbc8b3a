import { COUNT } from '../numbers';
import { alt } from '../text/pattern';
import { countFrom, type RuleInput } from './types';

/** French: "encadrer une équipe de 7", "sans management", "60 % de votre temps". */
const GENS = alt([
  'personnes',
  'collaborateurs',
  'collaboratrices',
  'collaborateur(?:·|\\.)?rice?s',
  'salariés',
  'employés',
  'développeur(?:s|euses)',
  'développeurs',
  'ingénieurs',
  'techniciens',
  'infirmi(?:ers|ères)',
  'soignants',
  'cuisiniers',
  'vendeurs',
  'conseillers',
  'agents',
  "chefs d['’]équipe",
  'managers',
  'consultants',
  'commis',
  'apprentis',
  'opérateurs',
  'ouvriers',
  'compagnons',
]);
const EQUIPE = alt([
  'équipe',
  'équipes',
  'service',
  'département',
  'pôle',
  'brigade',
  'unité',
  'agence',
  'cellule',
  'atelier',
  'chantier',
]);

export const FR: RuleInput[] = [
  {
    id: 'fr.team.lead-team-of-n',
    signal: 'team',
    re: String.raw`\b(?:encadr(?:er|ez|es|e|ement)|manag(?:er|ez|es|e|ement)|dirig(?:er|ez|es|e)|pilot(?:er|ez|es|e|age)|anim(?:er|ez|es|e|ation)|gest(?:ion)|responsable)\s+(?:d[e'’]\s*)?(?:une?|l[a'’]|votre|ton|ta|notre|des|les)?\s*(?:[\p{L}-]+\s+){0,2}?${EQUIPE}\s+(?:de|d['’])\s*(?:près de\s+|environ\s+|plus de\s+)?(${COUNT})\b|\b(${COUNT})\s+(?:[\p{L}-]+\s+){0,2}?${GENS}\s+(?:sous (?:votre|ta) (?:responsabilité|direction|autorité)|à (?:encadrer|manager)|qui vous sont rattachés|rattachés à vous)\b`,
    explain: 'evLeadsTeamCount',
    read: (m) => countFrom(m[1] ? 1 : 2)(m),
    examples: [
      'Vous encadrez une équipe de 7 développeurs.',
      'Huit personnes sous votre responsabilité.',
      'Management d’une équipe de 12 techniciens.',
    ],
    nearMisses: ['Vous rejoignez une équipe de 7 développeurs.'],
  },
  {
    id: 'fr.team.lead-team',
    signal: 'team',
    re: String.raw`\b(?:encadr(?:er|ez|es|e|ement)|manag(?:er|ez|es|e|ement)|dirig(?:er|ez|es|e)|pilot(?:er|ez|es|e|age)|anim(?:er|ez|es|e|ation)|animation et encadrement)\s+(?:d[e'’]\s*)?(?:une?|l[a'’]|votre|ton|ta|notre|des|les)\s*(?:[\p{L}-]+\s+){0,2}?${EQUIPE}\b|\bmanagement (?:d[e'’] ?)?(?:une? |l[a'’] ?)?(?:[\p{L}-]+ )?${EQUIPE}\b|\b(?:management|encadrement) (?:hiérarchique|direct|d['’]équipe)\b|\bmanager (?:hiérarchique|de proximité)\b`,
    explain: 'evLeadsTeam',
    examples: ['Vous encadrez l’équipe de nuit.', 'Un poste de management hiérarchique.'],
    nearMisses: ['Vous travaillez avec l’équipe produit.'],
  },
  {
    id: 'fr.staff.lead-people',
    signal: 'staff',
    re: String.raw`\b(?:encadr(?:er|ez|es|e|ement)|manag(?:er|ez|es|e|ement)|dirig(?:er|ez|es|e)|supervis(?:er|ez|es|e|ion)|coordonn(?:er|ez|es|e))\s+(?:d[e'’]\s*)?(?:vos|tes|les|des|nos|une?)?\s*(?:(?:${COUNT})\s+)?(?:[\p{L}-]+\s+){0,2}?${GENS}\b`,
    explain: 'evSupervisesStaff',
    examples: ['Vous encadrez les techniciens de l’atelier.', 'Supervision des agents de sécurité.'],
    nearMisses: ['Vous accompagnez les clients.'],
  },
  {
    id: 'fr.hiring.recruit',
    signal: 'hiring',
    re: String.raw`\b(?:recrut(?:er|ez|es|e|ement)|embauch(?:er|ez|es|e))\s+(?:d[e'’]\s*)?(?:vos|tes|les|des|nouveaux|nouvelles|de nouveaux)?\s*(?:[\p{L}-]+\s+){0,2}?(?:${GENS}|talents|équipiers|membres)\b|\brecrutement (?:de|d['’]|et)(?=[ \p{L}])`,
    explain: 'evHires',
    examples: ['Vous recrutez de nouveaux collaborateurs.', 'Recrutement et intégration des nouveaux arrivants.'],
    nearMisses: ['Nous recrutons un développeur.'],
  },
  {
    id: 'fr.reviews.annual',
    signal: 'reviews',
    re: String.raw`\b(?:entretiens (?:annuels|individuels|professionnels|d['’]évaluation)|évaluations? (?:annuelles? )?(?:de vos|des) (?:collaborateurs|équipes)|évaluation des performances)\b`,
    explain: 'evReviews',
    examples: ['Vous menez les entretiens annuels.', 'Évaluation des performances de l’équipe.'],
    nearMisses: ['Entretiens avec les clients.'],
  },
  {
    id: 'fr.scheduling.planning',
    signal: 'scheduling',
    re: String.raw`\b(?:plannings?|organisation du travail|répartition des tâches|affectation des (?:tâches|équipes))\s+(?:de|des|d['’])\s+(?:l['’]|vos |ses |les )?\s*(?:${EQUIPE}|${GENS})\b|\b(?:établi(?:r|ssez)|gér(?:er|ez)) (?:les|le) plannings?\b`,
    explain: 'evSchedules',
    examples: ['Vous établissez les plannings de l’équipe.', 'Répartition des tâches des équipes.'],
    nearMisses: ['Planning de formation fourni.'],
  },
  {
    id: 'fr.budget.owns',
    signal: 'budget',
    re: String.raw`\b(?:gestion|responsabilité|pilotage|garant) (?:du |de votre |des )?(?:budgets?|p&l|compte de résultat)\b`,
    explain: 'evOwnsBudget',
    examples: ['Vous êtes garant du budget du service.', 'Pilotage du budget et des recrutements.'],
    nearMisses: ['Analyse des écarts budgétaires.'],
  },
  {
    id: 'fr.ic.no-management',
    signal: 'ic',
    denies: true,
    re: String.raw`\b(?:sans|pas de|aucun) (?:management|encadrement)(?: hiérarchique| d['’]équipe| direct)?\b|\b(?:poste|rôle) d['’](?:expert|expertise)\b|\bcontributeur individuel\b`,
    explain: 'evIndividualContributor',
    examples: ['Poste sans management hiérarchique.', 'Un rôle d’expert, contributeur individuel.'],
    nearMisses: ['Poste de management hiérarchique.'],
  },
  {
    id: 'fr.influence.transverse',
    signal: 'influence',
    re: String.raw`\b(?:management|leadership) (?:transverse|transversal|fonctionnel)\b|\b(?:référent(?:e)? technique|expert(?:e)? technique)\b|\b(?:pilot(?:er|ez|age)|conduire|conduisez) (?:des |les |de )?projets?\b`,
    explain: 'evInfluence',
    examples: ['Management transverse, sans lien hiérarchique.', 'Vous pilotez des projets de migration.'],
    nearMisses: ['Management hiérarchique de l’équipe.'],
  },
  {
    id: 'fr.other-lead.someone-else',
    signal: 'other-lead',
    re: String.raw`\b(?:rattaché(?:e)? (?:à|au)|sous la (?:responsabilité|direction|supervision) (?:de|du)|intégr(?:er|ez|é|ée) (?:à|au sein d['’]) ?(?:une |l['’] ?|notre )?équipe|rejoindre (?:une |l['’] ?|notre )?équipe|rejoignez (?:une |l['’] ?|notre )?équipe)\b`,
    explain: 'evSomeoneElseLeads',
    examples: ['Rattaché au directeur technique.', 'Vous rejoignez une équipe de 7 développeurs.'],
    nearMisses: ['Vous dirigez l’équipe.'],
  },
  {
    id: 'fr.time-split.share',
    signal: 'time-split',
    re: String.raw`\b(?<portion>\d{1,3}\s?%|la (?:majorité|plus grande partie)|la moitié|environ la moitié|plus de la moitié)\s+(?:de votre|de ton|du)\s+temps\b(?<rest>[^.;\n]{0,60})`,
    explain: 'evTimeShare',
    read: (m, around) => {
      const raw = m.groups?.portion ?? '';
      const pct = /(\d{1,3})/.exec(raw);
      const share = pct ? Number(pct[1]) / 100 : /moitié/.test(raw) ? (/plus/.test(raw) ? 0.6 : 0.5) : 0.7;
      const text = `${m.groups?.rest ?? ''} ${around.after} ${around.before}`;
      const own =
        /(?:code|coder|développ|technique|opérationnel|soins|patients|cuisine|terrain|vous-même|production|expertise)/.test(text);
      const people = /(?:management|encadrement|équipe|managériale|animation|recrutement)/.test(text);
      if (own === people) return null;
      return { share, shareOnPeople: people };
    },
    examples: [
      'Environ 70 % de votre temps est consacré au développement.',
      'La majorité de votre temps sera dédiée au management.',
    ],
    nearMisses: ['70 % de nos clients sont en France.'],
  },
  {
    id: 'fr.hands-on.own-work',
    signal: 'hands-on',
    re: String.raw`\bhands[- ]on\b|\b(?:vous restez|tu restes|rester) (?:très )?(?:opérationnel(?:le)?|technique|au code|dans le code)\b|\b(?:vous-même|toi-même|en personne)\b|\b(?:votre|ton) propre (?:portefeuille|périmètre|code)\b|\bvos propres (?:clients|dossiers|patients|projets)\b`,
    explain: 'evHandsOn',
    examples: ['Vous restez opérationnel et codez vous-même.', 'Vous gérez votre propre portefeuille de clients.'],
    nearMisses: ['Vous accompagnez l’équipe.'],
  },
  {
    id: 'fr.craft.practice',
    signal: 'craft',
    re: String.raw`\b(?:cod(?:er|ez|es|e|erez|erez|erons)|développ(?:er|ez|es|e|erez)|programm(?:er|ez|es|e|erez))\b(?!\s+(?:l['’]équipe|les équipes|les compétences|vos collaborateurs))|\b(?:écrire|écrivez|écrirez) (?:du |de )?code\b|\b(?:soins aux patients|prise en charge des patients)\b`,
    explain: 'evOwnWork',
    examples: ['Vous codez en Python au quotidien.', 'Vous ne coderez pas.', 'Prise en charge des patients du service.'],
    nearMisses: ['Vous développez les compétences de vos collaborateurs.'],
  },
];
