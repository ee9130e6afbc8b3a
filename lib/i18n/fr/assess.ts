import type { FrenchForms, Translation } from '../catalogue';
import type { ASSESS as EN } from '../en/assess';

/**
 * The self-assessment's words, in French. The statements are the user's own
 * voice (je); the rest speaks to them (vous), in words that need no gender
 * agreement with the reader. A dimension's High and Low are infinitives, as
 * coachLean says them ("Vous tendez à préférer …"). A check-in is a point d’étape.
 */
export const ASSESS: Translation<typeof EN, FrenchForms> = {
  dimPeopleLeadership: 'Encadrement',
  dimPeopleLeadershipHigh: 'faire grandir et piloter une équipe',
  dimPeopleLeadershipLow: 'tenir l’encadrement à l’écart de votre travail',
  dimCraftDepth: 'Maîtrise du métier',
  dimCraftDepthHigh: 'maîtriser votre domaine et faire le travail vous-même',
  dimCraftDepthLow: 'vous éloigner du travail opérationnel',
  dimStrategicScope: 'Portée stratégique',
  dimStrategicScopeHigh: 'définir le cap, les budgets et les priorités',
  dimStrategicScopeLow: 'vous concentrer sur votre partie et laisser la vue d’ensemble à d’autres',
  dimCollaboration: 'Beaucoup de monde, beaucoup de sujets',
  dimCollaborationHigh: 'passer des journées pleines d’échanges et de changements de sujet',
  dimCollaborationLow: 'avoir de longues plages de concentration, avec peu d’interruptions',
  dimAutonomy: 'Autonomie',
  dimAutonomyHigh: 'décider comment et quand vous travaillez',
  dimAutonomyLow: 'suivre un cadre clair fixé par d’autres',
  dimPressure: 'Tolérance à la pression',
  dimPressureHigh: 'accepter de longues journées et de larges responsabilités',
  dimPressureLow: 'protéger votre temps et votre énergie hors du travail',
  dimSecurityMobility: 'Compétences transférables',
  dimSecurityMobilityHigh: 'avoir des compétences utiles chez n’importe quel employeur',
  dimSecurityMobilityLow: 'avoir la sécurité au sein d’une organisation',
  dimLearning: 'Apprentissage',
  dimLearningHigh: 'apprendre sans cesse quelque chose de nouveau',
  dimLearningLow: 'vous en tenir à ce que vous savez déjà bien faire',
  itemPl1: 'J’éprouve une vraie satisfaction à voir réussir quelqu’un que j’ai accompagné.',
  itemPl4: 'J’aimerais être responsable des résultats d’une équipe.',
  itemPl2: 'J’échangerais volontiers une part de mon travail opérationnel contre du temps pour faire progresser les autres.',
  itemPl3: 'Je préfère ne pas être responsable de la performance des autres.',
  itemCd1: 'Je veux compter parmi les meilleurs de mon domaine.',
  itemCd2: 'Travailler longtemps sur un problème difficile me donne de l’énergie.',
  itemCd3: 'Je pourrais renoncer au travail opérationnel sans qu’il me manque.',
  itemSs4: 'J’aime réfléchir à ce que devrait être mon organisation dans trois ans.',
  itemSs5: 'Je veux avoir mon mot à dire sur les prochains chantiers de mon équipe.',
  itemSs6: 'Je préfère laisser les grandes décisions à d’autres.',
  itemCo4: 'Les journées pleines d’échanges me donnent de l’énergie.',
  itemCo5: 'J’aime passer d’un sujet à l’autre au cours d’une même journée.',
  itemSs1: 'J’aime réfléchir à ce que devrait devenir une équipe entière ou une organisation d’ici trois ans.',
  itemSs2: 'Je veux avoir mon mot à dire sur les budgets, les priorités et les recrutements.',
  itemSs3: 'Je préfère laisser les grandes décisions à d’autres et me concentrer sur ma partie.',
  itemCo1: 'Les journées pleines d’échanges et de décisions me donnent de l’énergie.',
  itemCo2: 'J’aime passer d’une personne et d’un sujet à l’autre au fil d’une même journée.',
  itemCo3: 'Plusieurs réunions d’affilée me vident.',
  itemAu4: 'Je donne le meilleur de moi-même quand je décide comment faire.',
  itemAu5: 'Je veux choisir moi-même mes horaires de travail.',
  itemAu1: 'Je travaille au mieux quand je décide comment et quand le faire.',
  itemAu2: 'Je choisirais la liberté d’organiser mon temps plutôt qu’un titre plus prestigieux.',
  itemAu3: 'J’aime que mon travail soit étroitement structuré par quelqu’un d’autre.',
  itemPr4: 'J’accepte des journées plus longues quand une responsabilité me revient.',
  itemPr5: 'Garder mes soirées libres de tout travail compte beaucoup pour moi.',
  itemPr1: 'J’accepte des horaires plus longs et d’être joignable quand la responsabilité m’incombe.',
  itemPr2: 'Je reste efficace quand plusieurs problèmes urgents arrivent en même temps.',
  itemSm4: 'Je veux des compétences que je pourrais faire valoir chez n’importe quel employeur.',
  itemSm5: 'Une place stable dans une organisation compte beaucoup pour moi.',
  itemPr3: 'Préserver mes soirées et mes week-ends compte plus pour moi que la prochaine promotion.',
  itemSm1: 'Je tiens davantage à des compétences utiles partout qu’à une place dans une organisation.',
  itemSm2: 'Je changerais d’employeur pour continuer à progresser dans mon domaine.',
  itemLe4: 'Je cherche régulièrement de nouvelles choses à apprendre.',
  itemLe5: 'J’aime tenir mes connaissances à jour.',
  itemSm3: 'Un poste stable dans une organisation compte plus pour moi que des compétences transférables.',
  itemLe1: 'Je cherche régulièrement des formations, des ateliers ou des projets pour apprendre.',
  itemLe2: 'Tenir mes connaissances à jour fait partie du métier pour moi, ce n’est pas une corvée.',
  itemLe3: 'Une fois que je fais bien mon travail, je préfère ne plus apprendre de nouvelles méthodes.',
  likert1: 'Pas du tout d’accord',
  likert2: 'Pas d’accord',
  likert3: 'Ni l’un ni l’autre',
  likert4: 'D’accord',
  likert5: 'Tout à fait d’accord',
  readinessR1: 'J’ai identifié mes valeurs essentielles, mes forces et mes passions.',
  readinessR1Next:
    'Notez trois valeurs, trois forces et ce qui vous donne de l’énergie ; les questions de réflexion proposées ici sont un début.',
  readinessR2: 'Je me suis fixé des objectifs de carrière précis, mesurables et datés.',
  readinessR2Next: 'Faites de ce que vous voulez être dans cinq ans un objectif pour les douze prochains mois, avec une date.',
  readinessR3: 'Je travaille régulièrement les compétences dont ma prochaine étape a besoin.',
  readinessR3Next: 'Choisissez une compétence dont votre prochaine étape a besoin, et réservez-lui du temps régulièrement.',
  readinessR4: 'J’élargis mon réseau de pairs et d’experts.',
  readinessR4Next: 'Ayez chaque mois une conversation avec quelqu’un hors de votre équipe dont le travail vous intrigue.',
  readinessR5: 'Je cherche de nouvelles occasions d’apprendre : formations, ateliers, projets.',
  readinessR5Next: 'Choisissez une formation, un atelier ou un projet ambitieux pour ce trimestre.',
  readinessR6: 'Je demande à des collègues, des mentors ou des managers où mes forces sont le mieux employées.',
  readinessR6Next:
    'Demandez à deux personnes qui connaissent votre travail dans quelles situations vous donnez le meilleur de vous-même.',
  readinessR7: 'J’ai regardé de près ce qu’impliquent les rôles de management autour de moi.',
  readinessR7Next: 'Demandez à un manager que vous respectez ce qui remplit sa semaine, et ce à quoi il a renoncé.',
  readinessR8: 'J’ai pesé les avantages et les inconvénients de la spécialisation, et les débouchés qu’elle offre.',
  readinessR8Next: 'Renseignez-vous pour savoir si votre organisation a une filière d’expertise, et jusqu’où elle mène.',
  readinessR9: 'Je reçois des conseils sur mon parcours de personnes expérimentées ou de mentors.',
  readinessR9Next: 'Cherchez un mentor qui a quelques longueurs d’avance sur la voie vers laquelle vous penchez.',
  readinessR10: 'Je vois ma carrière comme une évolution continue et je m’attends à devoir m’adapter.',
  readinessR10Next: 'Notez une date dans six mois pour refaire cette auto-évaluation et comparer.',
  reflectionQ1: 'Pensez à une semaine récente. Qu’est-ce qui vous a donné de l’énergie, et qu’est-ce qui vous en a pris ?',
  reflectionQ2: 'Voulez-vous avoir de l’impact à travers les autres, ou par votre propre travail ? Pourquoi ?',
  reflectionQ3:
    'À quoi renonceriez-vous pour l’étape suivante : le travail opérationnel, vos soirées libres, votre indépendance ?',
  reflectionQ4:
    'Quelles journées vous donnent de l’énergie : beaucoup d’échanges et de décisions, ou un long travail concentré ?',
  checkInEnergised: 'Depuis votre dernier point d’étape, qu’est-ce qui vous a donné de l’énergie au travail ?',
  checkInDrained: 'Qu’est-ce qui vous a coûté de l’énergie ?',
  checkInMoreOf: 'De quoi aimeriez-vous davantage dans les semaines à venir ?',
  fiveYearLeading: 'À la tête d’une équipe ou d’une organisation',
  fiveYearExpert: 'Avec une expertise reconnue dans mon domaine',
  fiveYearBoth: 'À la tête d’une petite équipe, tout en restant dans l’opérationnel',
  fiveYearUnsure: 'Je ne sais pas encore',
  coachPathLeadership: 'le management',
  coachPathSpecialist: 'l’approfondissement de votre expertise',
  coachPathHybrid: 'un rôle hybride',
  coachSummaryPoint:
    'Vos réponses pointent vers $1. C’est le reflet de ce que vous avez dit, pas un verdict : c’est vous qui décidez.',
  coachSummaryLean:
    'Vos réponses penchent vers $1. C’est le reflet de ce que vous avez dit, pas un verdict : c’est vous qui décidez.',
  coachSummaryHint:
    'Vos réponses suggèrent, timidement, $1. C’est le reflet de ce que vous avez dit, pas un verdict : c’est vous qui décidez.',
  coachSummaryUnclear:
    'Vos réponses ne vont pas encore dans un sens précis. C’est bon à savoir aussi : personne n’a à choisir aujourd’hui, et les étapes ci-dessous peuvent vous en apprendre davantage.',
  coachLean: 'Vous tendez à préférer $1.',
  strengthClear: 'nette',
  strengthModerate: 'assez nette',
  strengthSlight: 'faible',
  strengthNone: 'pas encore nette',
  helpFlat:
    'Presque toutes vos réponses étaient identiques. Refaites l’auto-évaluation quand vous aurez dix minutes au calme, et utilisez toute l’échelle : ne soyez d’accord qu’avec ce qui est vrai pour vous la plupart des semaines.',
  helpAgreeing:
    'Vous étiez d’accord avec la plupart des affirmations, y compris avec des affirmations opposées. Lisez-les une par une et demandez-vous : est-ce vrai pour moi lors d’une semaine normale ?',
  helpDisagreeing:
    'Vous n’étiez pas d’accord avec la plupart des affirmations, y compris avec des affirmations opposées. Lisez-les une par une et demandez-vous : est-ce vrai pour moi lors d’une semaine normale ?',
  helpContradictory:
    'Plusieurs réponses se contredisent (certaines figurent ci-dessous). Pensez à une vraie semaine pour chaque affirmation, puis répondez de nouveau.',
  helpReflect:
    'Les questions de réflexion, à la fin, révèlent souvent ce que les affirmations ne saisissent pas : quelques phrases suffisent.',
  clashAgreed: 'Vous étiez d’accord : « $1 »',
  clashDisagreed: 'Vous n’étiez pas d’accord : « $1 »',
  tensionLeadEvenings:
    'Vous voulez encadrer une équipe, et vous protégez vos soirées. Manager demande souvent les deux : que garderiez-vous s’il fallait choisir ?',
  tensionLeadMeetings:
    'Vous voulez encadrer une équipe, et une journée de réunions vous épuise. Manager, c’est surtout échanger avec les autres : qu’est-ce qui rendrait ces échanges utiles à vos yeux ?',
  tensionLeadCraft:
    'Vous voulez encadrer une équipe et continuer à progresser dans votre métier. Un rôle hybride offre les deux pendant un temps : que garderiez-vous quand l’équipe grandira ?',
  tensionLeadFreedom:
    'Vous voulez encadrer une équipe et décider comment et quand vous travaillez. L’agenda d’un manager appartient en grande partie à son équipe : quelle part du vôtre accepteriez-vous de céder ?',
  tensionMasteryTitle:
    'Vous voulez maîtriser votre domaine, et vous vous voyez manager dans cinq ans. Un titre plus important vaudrait-il de renoncer à une part du travail opérationnel ?',
  tensionExpertPeople:
    'Dans cinq ans, vous vous voyez comme une référence dans votre domaine, et vous aimez aider les autres à progresser. Le mentorat et le leadership technique peuvent vous offrir les deux, sans encadrement hiérarchique.',
  tensionScopeNoReports:
    'Vous voulez peser sur les orientations, sans pour autant encadrer une équipe. Les postes d’expert senior, de référent technique ou de conseil orientent les choix par l’expertise.',
  stepTryBoth:
    'Essayez un peu des deux pendant un mois : pilotez un petit projet ou accompagnez quelqu’un, et plongez une semaine dans un seul problème. Notez les journées qui vous donnent de l’énergie.',
  stepAskHours:
    'Demandez à deux managers de votre entourage combien de soirées leur poste leur prend, et ce qu’ils font pour les préserver.',
  stepTryLeadingMeeting:
    'Animez une réunion d’équipe ou une rétrospective ce mois-ci, puis notez ce qui vous a donné de l’énergie et ce qui vous en a coûté.',
  stepHybridRole:
    'Cherchez des postes où l’on encadre une petite équipe tout en gardant du travail opérationnel, et demandez comment la semaine se répartit.',
  stepExpertTrack:
    'Renseignez-vous sur la filière expertise là où vous êtes : jusqu’où elle va, quels postes d’expert senior existent et ce qu’ils décident.',
  stepMentor:
    'Proposez ce trimestre d’accompagner une personne arrivée plus récemment que vous, et voyez si cela vous apporte ce que vous attendriez du management.',
  changeTowardsLeading: 'Depuis $1, vos réponses se sont rapprochées du management.',
  changeTowardsSpecialist: 'Depuis $1, vos réponses se sont rapprochées de la filière expertise.',
  changeSteady: 'Depuis $1, votre orientation n’a pas changé.',
  changeNowUnclear: 'En $1, vos réponses allaient vers $2 ; cette fois, elles ne vont dans aucune direction claire.',
  changeNowClear: 'En $1, vos réponses n’indiquaient aucune direction claire ; cette fois, si.',
  changeDimension: '« $1 » est passé de $2 à $3.',
  coachWeighLeadership1:
    'Votre travail deviendrait la réussite des autres : on vous jugerait sur les résultats de l’équipe, non sur votre propre production.',
  coachWeighLeadership2:
    'Attendez-vous à des responsabilités plus larges, à davantage de changements de contexte et souvent à des journées plus longues ; vérifiez que ce compromis convient à votre vie actuelle.',
  coachWeighLeadership3: 'Le travail opérationnel se réduit généralement. Demandez-vous ce qui vous manquerait.',
  coachWeighSpecialist1:
    'Votre influence viendrait de votre expertise : conseiller, relire, fixer des standards, piloter des projets sans équipe rattachée.',
  coachWeighSpecialist2:
    'Voyez jusqu’où mène la filière d’expertise chez votre employeur, ou ailleurs, là où elle mène plus loin.',
  coachWeighSpecialist3:
    'Maintenir vos compétences à jour fait partie du métier. Planifiez les formations, les certifications ou les problèmes plus difficiles qui vous y mèneront.',
  coachWeighHybrid1:
    'Un rôle hybride demande deux métiers dans la même semaine : protégez du temps pour la partie opérationnelle, sinon le management l’absorbera.',
  coachWeighHybrid2:
    'Regardez comment une offre répartit le temps, et si l’équipe est assez petite pour être dirigée tout en faisant le travail.',
  coachWeighHybrid3: 'Un rôle hybride est un bon endroit pour tester si le management vous convient avant de choisir un côté.',
  coachMyth1: 'Les managers n’ont pas besoin d’être des extravertis bruyants : beaucoup de managers efficaces sont introvertis.',
  coachMyth2:
    'Les experts ne travaillent pas seuls et ne gagnent pas moins : ils collaborent sans cesse, conseillent les dirigeants et peuvent compter parmi les mieux payés.',
  coachMyth3:
    'Ne pas vouloir diriger n’est pas un manque de talent ou d’ambition ; c’est souvent le signe d’une meilleure connaissance de soi.',
  coachMyth4:
    'Progresser ne veut pas forcément dire avoir une équipe plus grande : l’influence, l’impact et la maîtrise sont aussi des progrès.',
};
