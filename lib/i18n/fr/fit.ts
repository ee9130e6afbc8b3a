import type { FrenchForms, Translation } from '../catalogue';
import type { FIT as EN } from '../en/fit';

/** The fit's reasons, in French: what the role would mean for the user, then where they stand. */
export const FIT: Translation<typeof EN, FrenchForms> = {
  fitRoleLeadership: 'Un rôle de management',
  fitRoleSpecialist: 'Un rôle d’expertise',
  fitRoleHybrid: 'Un rôle hybride',
  fitLeanBoth: 'vous aimeriez à la fois diriger et faire',
  fitLeanLeading: 'vos réponses penchent vers le management',
  fitLeanSpecialist: 'vos réponses penchent vers la filière d’expertise',
  fitLeanBetween: 'vos réponses se situent entre les deux filières',
  fitRoleAndLean: '$1, et $2.',
  fitQuote: '« $1 » ($2)',
  fitYouAgreed: 'Vous étiez d’accord : « $1 »',
  fitYouDisagreed: 'Vous n’étiez pas d’accord : « $1 »',
  fitYouChose: 'Dans cinq ans, vous vous voyez : « $1 »',
  fitBasisMostlyOwnWork:
    'La plupart des missions décrites relèvent d’un travail en propre, et personne n’est indiqué comme vous étant rattaché.',
  fitBasisMostlyLeading:
    'La plupart des missions décrites consistent à diriger une équipe ; peu de travail opérationnel en propre est mentionné.',

  fitClaimPeopleLeadershipHighWants: 'Vous dirigeriez une équipe, comme vous le souhaitez.',
  fitClaimPeopleLeadershipHighAvoids: 'Vous seriez responsable du travail d’autres personnes, ce que vous préférez éviter.',
  fitClaimPeopleLeadershipHighMixed: 'Vous dirigeriez une équipe.',
  fitClaimPeopleLeadershipLowWants: 'Vous ne dirigeriez personne, alors que vous le souhaitez.',
  fitClaimPeopleLeadershipLowAvoids: 'Vous n’auriez personne à encadrer, comme vous le préférez.',
  fitClaimPeopleLeadershipLowMixed: 'Vous ne dirigeriez personne.',

  fitClaimCraftDepthHighWants: 'Vous continueriez à faire le travail opérationnel que vous aimez.',
  fitClaimCraftDepthHighAvoids: 'Vous feriez encore du travail opérationnel vous-même, alors que vous voulez vous en éloigner.',
  fitClaimCraftDepthHighMixed: 'Vous garderiez du travail opérationnel en propre.',
  fitClaimCraftDepthLowWants: 'Vous arrêteriez le travail opérationnel que vous aimez.',
  fitClaimCraftDepthLowAvoids: 'Vous laisseriez le travail opérationnel aux autres, comme vous le souhaitez.',
  fitClaimCraftDepthLowMixed: 'Vous laisseriez le travail opérationnel aux autres.',
  fitClaimCraftDepthMostlyLowWants: 'Vous abandonneriez l’essentiel du travail opérationnel que vous aimez.',
  fitClaimCraftDepthMostlyLowAvoids: 'Vous laisseriez l’essentiel du travail opérationnel aux autres, comme vous le souhaitez.',
  fitClaimCraftDepthMostlyLowMixed: 'Vous laisseriez l’essentiel du travail opérationnel aux autres.',

  fitClaimStrategicScopeHighWants: 'Vous contribueriez à fixer le cap et les priorités, comme vous le souhaitez.',
  fitClaimStrategicScopeHighAvoids:
    'Vous contribueriez à fixer le cap et les priorités, ce que vous préférez laisser à d’autres.',
  fitClaimStrategicScopeHighMixed: 'Vous contribueriez à fixer le cap et les priorités.',
  fitClaimStrategicScopeLowWants: 'D’autres fixeraient le cap, alors que vous voulez avoir votre mot à dire.',
  fitClaimStrategicScopeLowAvoids: 'D’autres fixeraient le cap, et vous pourriez vous concentrer sur votre partie.',
  fitClaimStrategicScopeLowMixed: 'D’autres fixeraient le cap.',

  fitClaimCollaborationHighWants:
    'Vos journées seraient remplies de rencontres et de coordination, ce qui vous donne de l’énergie.',
  fitClaimCollaborationHighAvoids:
    'Vos journées seraient remplies de rencontres et de coordination, alors que vous préférez les longues plages de concentration.',
  fitClaimCollaborationHighMixed: 'Vos journées seraient remplies de rencontres et de coordination.',
  fitClaimCollaborationLowWants:
    'Une grande partie du travail se ferait en solo, alors que vous aimez les journées pleines de monde.',
  fitClaimCollaborationLowAvoids:
    'Une grande partie du travail se ferait en solo, avec de la place pour vous concentrer, comme vous l’aimez.',
  fitClaimCollaborationLowMixed: 'Une grande partie du travail se ferait en solo.',

  fitClaimAutonomyHighWants: 'Vous décideriez de votre façon de travailler, comme vous le souhaitez.',
  fitClaimAutonomyHighOther: 'On vous ferait confiance pour travailler en autonomie.',
  fitClaimAutonomyLowWants:
    'Quelqu’un d’autre dirigerait votre travail, alors que vous voulez décider de votre façon de travailler.',
  fitClaimAutonomyLowAvoids: 'Quelqu’un d’autre dirigerait votre travail, et vous aimez un cadre clair.',
  fitClaimAutonomyLowMixed: 'Quelqu’un d’autre dirigerait votre travail.',

  fitClaimPressureHighWants: 'Le rôle demande de longues journées, du travail posté ou des déplacements, ce que vous acceptez.',
  fitClaimPressureHighAvoids:
    'Le rôle demande de longues journées, du travail posté ou des déplacements, et vous protégez votre temps hors travail.',
  fitClaimPressureHighMixed: 'Le rôle demande de longues journées, du travail posté ou des déplacements.',
  fitClaimPressureLowAvoids: 'La charge semble modérée, comme vous le souhaitez.',
  fitClaimPressureLowOther: 'La charge semble modérée.',

  // Questions the user asks a recruiter, in the first person.
  askTitle: 'À demander à l’employeur',
  askHelp: 'L’offre ne dit pas ce qui déciderait de votre adéquation ici. Questions à poser au recruteur :',
  askLeadMeaning:
    'Quand l’offre parle de diriger, cela veut-il dire que des personnes me seraient rattachées, ou que je piloterais le travail ?',
  askWhoReports: 'Des personnes seraient-elles rattachées à ce poste ? Si oui, combien ?',
  askTeamSize: 'Combien de personnes seraient rattachées à ce poste ?',
  askHandsOn: 'Quelle part d’une semaine type est consacrée à mon propre travail opérationnel ?',
  askTimeSplit: 'Comment la semaine se partage-t-elle entre mon propre travail opérationnel et la direction de l’équipe ?',
  askHandsOnLeft: 'Ce poste garde-t-il une part de travail opérationnel, ou l’équipe fait-elle tout ?',
  askHours: 'Quels sont les horaires habituels ? Y a-t-il des astreintes, du travail posté ou des déplacements ?',
  askAutonomy: 'Quelle latitude aurais-je sur la manière et le moment de faire le travail ?',
  askDirection: 'Qui fixe le cap et les priorités, et quel rôle ce poste y joue-t-il ?',
  askCollaboration: 'Avec combien d’équipes ou de personnes travaillerais-je dans une semaine type ?',
};
