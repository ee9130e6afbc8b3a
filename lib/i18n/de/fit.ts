import type { GermanForms, Translation } from '../catalogue';
import type { FIT as EN } from '../en/fit';

/** The fit's reasons, in German: what the role would mean for the user, then where they stand. */
export const FIT: Translation<typeof EN, GermanForms> = {
  fitRoleLeadership: 'Eine Führungsrolle',
  fitRoleSpecialist: 'Eine Fachrolle',
  fitRoleHybrid: 'Eine Hybridrolle',
  fitLeanBoth: 'du möchtest führen und selbst fachlich arbeiten',
  fitLeanLeading: 'deine Antworten tendieren zur Führung von Menschen',
  fitLeanSpecialist: 'deine Antworten tendieren zur Fachlaufbahn',
  fitLeanBetween: 'deine Antworten liegen zwischen beiden Laufbahnen',
  fitRoleAndLean: '$1, und $2.',
  fitQuote: '„$1“ ($2)',
  fitYouAgreed: 'Du hast zugestimmt: „$1“',
  fitYouDisagreed: 'Du hast widersprochen: „$1“',
  fitYouChose: 'In fünf Jahren siehst du dich so: „$1“',
  fitBasisMostlyOwnWork: 'Die meisten Aufgaben sind eigene Facharbeit, und niemand wird genannt, der an dich berichtet.',
  fitBasisMostlyLeading: 'Die meisten Aufgaben sind Führung von Menschen; eigene Facharbeit wird kaum genannt.',

  fitClaimPeopleLeadershipHighWants: 'Du würdest Menschen führen, wie du es möchtest.',
  fitClaimPeopleLeadershipHighAvoids: 'Du wärst für die Arbeit anderer verantwortlich, was du lieber nicht wärst.',
  fitClaimPeopleLeadershipHighMixed: 'Du würdest Menschen führen.',
  fitClaimPeopleLeadershipLowWants: 'Du würdest keine Menschen führen, möchtest es aber.',
  fitClaimPeopleLeadershipLowAvoids: 'Du hättest niemanden zu führen, wie es dir lieber ist.',
  fitClaimPeopleLeadershipLowMixed: 'Du würdest keine Menschen führen.',

  fitClaimCraftDepthHighWants: 'Du würdest weiter selbst fachlich arbeiten, was dir Freude macht.',
  fitClaimCraftDepthHighAvoids: 'Du würdest weiter selbst fachlich arbeiten, obwohl du davon wegkommen möchtest.',
  fitClaimCraftDepthHighMixed: 'Du würdest weiter selbst fachlich arbeiten.',
  fitClaimCraftDepthLowWants: 'Du würdest nicht mehr selbst fachlich arbeiten, obwohl dir das Freude macht.',
  fitClaimCraftDepthLowAvoids: 'Du würdest die fachliche Arbeit anderen überlassen, wie du es möchtest.',
  fitClaimCraftDepthLowMixed: 'Du würdest die fachliche Arbeit anderen überlassen.',
  fitClaimCraftDepthMostlyLowWants: 'Du würdest den Großteil der fachlichen Arbeit abgeben, die dir Freude macht.',
  fitClaimCraftDepthMostlyLowAvoids: 'Du würdest den Großteil der fachlichen Arbeit anderen überlassen, wie du es möchtest.',
  fitClaimCraftDepthMostlyLowMixed: 'Du würdest den Großteil der fachlichen Arbeit anderen überlassen.',

  fitClaimStrategicScopeHighWants: 'Du würdest Richtung und Prioritäten mitgestalten, wie du es möchtest.',
  fitClaimStrategicScopeHighAvoids: 'Du würdest Richtung und Prioritäten mitgestalten, was du lieber anderen überlassen würdest.',
  fitClaimStrategicScopeHighMixed: 'Du würdest Richtung und Prioritäten mitgestalten.',
  fitClaimStrategicScopeLowWants: 'Andere würden die Richtung vorgeben, und du möchtest mitreden.',
  fitClaimStrategicScopeLowAvoids: 'Andere würden die Richtung vorgeben, sodass du dich auf deinen Teil konzentrieren könntest.',
  fitClaimStrategicScopeLowMixed: 'Andere würden die Richtung vorgeben.',

  fitClaimCollaborationHighWants: 'Deine Tage wären voller Menschen und Abstimmung, was dir Energie gibt.',
  fitClaimCollaborationHighAvoids: 'Deine Tage wären voller Menschen und Abstimmung, und du bevorzugst konzentrierte Phasen.',
  fitClaimCollaborationHighMixed: 'Deine Tage wären voller Menschen und Abstimmung.',
  fitClaimCollaborationLowWants: 'Vieles würdest du allein erledigen, und du magst Tage voller Menschen.',
  fitClaimCollaborationLowAvoids: 'Vieles würdest du allein erledigen, mit Raum für Konzentration, wie du es magst.',
  fitClaimCollaborationLowMixed: 'Vieles würdest du allein erledigen.',

  fitClaimAutonomyHighWants: 'Du würdest selbst über deine Arbeitsweise entscheiden, so wie du es möchtest.',
  fitClaimAutonomyHighOther: 'Man würde dir zutrauen, selbstständig zu arbeiten.',
  fitClaimAutonomyLowWants:
    'Jemand anderes würde deine Arbeit steuern, und du möchtest selbst über deine Arbeitsweise entscheiden.',
  fitClaimAutonomyLowAvoids: 'Jemand anderes würde deine Arbeit steuern, und du magst klare Strukturen.',
  fitClaimAutonomyLowMixed: 'Jemand anderes würde deine Arbeit steuern.',

  fitClaimPressureHighWants: 'Die Rolle verlangt lange Arbeitszeiten, Schichten oder Reisen, was du in Kauf nimmst.',
  fitClaimPressureHighAvoids:
    'Die Rolle verlangt lange Arbeitszeiten, Schichten oder Reisen, und du schützt deine Zeit außerhalb der Arbeit.',
  fitClaimPressureHighMixed: 'Die Rolle verlangt lange Arbeitszeiten, Schichten oder Reisen.',
  fitClaimPressureLowAvoids: 'Die Belastung wirkt moderat, wie du es möchtest.',
  fitClaimPressureLowOther: 'Die Belastung wirkt moderat.',

  // Questions the user asks a recruiter: in the first person and without "du" or "Sie", so they can be asked as written.
  askTitle: 'Frag beim Arbeitgeber nach',
  askHelp: 'Die Anzeige sagt nicht, was hier über deine Passung entscheiden würde. Fragen für das Gespräch mit dem Recruiting:',
  askLeadMeaning:
    'Wenn die Anzeige von Leitung spricht: Heißt das, dass Personen an mich berichten, oder dass ich die Arbeit fachlich leite?',
  askWhoReports: 'Würde jemand an diese Rolle berichten? Wenn ja, wie viele Personen?',
  askTeamSize: 'Wie viele Personen würden an diese Rolle berichten?',
  askHandsOn: 'Wie viel einer typischen Woche ist eigene fachliche Arbeit?',
  askTimeSplit: 'Wie teilt sich die Woche zwischen meiner eigenen fachlichen Arbeit und der Führung des Teams auf?',
  askHandsOnLeft: 'Bleibt in dieser Rolle eigene fachliche Arbeit, oder erledigt das Team alles?',
  askHours: 'Wie sind die üblichen Arbeitszeiten? Gibt es Bereitschaftsdienst, Schichtarbeit oder Reisen?',
  askAutonomy: 'Wie viel Mitsprache hätte ich dabei, wie und wann ich die Arbeit erledige?',
  askDirection: 'Wer legt Richtung und Prioritäten fest, und welche Rolle spielt diese Stelle dabei?',
  askCollaboration: 'Mit wie vielen Teams oder Personen würde ich in einer typischen Woche zusammenarbeiten?',
};
