/**
 * The fit's reasons (docs/FIT.md): what the role would mean for the user on
 * one dimension, in their terms, each backed by a phrase of the posting that
 * shows that side and by an answer of theirs. Claims are named
 * fitClaim<Dimension><High|Low><Wants|Avoids|Mixed>: what the role asks,
 * then where the user stands.
 */
export const FIT = {
  fitRoleLeadership: 'A leadership role',
  fitRoleSpecialist: 'A specialist role',
  fitRoleHybrid: 'A hybrid role',
  fitLeanBoth: 'you would like both leading and doing',
  fitLeanLeading: 'your answers lean towards leading people',
  fitLeanSpecialist: 'your answers lean towards the specialist track',
  fitLeanBetween: 'your answers sit between the two tracks',
  fitRoleAndLean: '$1, and $2.',
  fitQuote: '“$1” ($2)',
  fitYouAgreed: 'You agreed: “$1”',
  fitYouDisagreed: 'You disagreed: “$1”',
  fitYouChose: 'In five years you see yourself: “$1”',
  fitBasisMostlyOwnWork: 'Most of its duties are work of your own, and it names no one reporting to you.',
  fitBasisMostlyLeading: 'Most of its duties are leading people; it names little hands-on work of your own.',

  fitClaimPeopleLeadershipHighWants: 'You would lead people, as you want to.',
  fitClaimPeopleLeadershipHighAvoids: 'You would be responsible for other people’s work, which you would rather not be.',
  fitClaimPeopleLeadershipHighMixed: 'You would lead people.',
  fitClaimPeopleLeadershipLowWants: 'You would not lead people, and you want to.',
  fitClaimPeopleLeadershipLowAvoids: 'You would not have people to manage, as you prefer.',
  fitClaimPeopleLeadershipLowMixed: 'You would not lead people.',

  fitClaimCraftDepthHighWants: 'You would keep doing the hands-on work you enjoy.',
  fitClaimCraftDepthHighAvoids: 'You would still do hands-on work of your own, and you want to move away from it.',
  fitClaimCraftDepthHighMixed: 'You would keep hands-on work of your own.',
  fitClaimCraftDepthLowWants: 'You would stop doing the hands-on work you enjoy.',
  fitClaimCraftDepthLowAvoids: 'You would leave the hands-on work to others, as you want to.',
  fitClaimCraftDepthLowMixed: 'You would leave the hands-on work to others.',
  fitClaimCraftDepthMostlyLowWants: 'You would give up most of the hands-on work you enjoy.',
  fitClaimCraftDepthMostlyLowAvoids: 'You would leave most of the hands-on work to others, as you want to.',
  fitClaimCraftDepthMostlyLowMixed: 'You would leave most of the hands-on work to others.',

  fitClaimStrategicScopeHighWants: 'You would shape direction and priorities, as you want to.',
  fitClaimStrategicScopeHighAvoids: 'You would shape direction and priorities, which you would rather leave to others.',
  fitClaimStrategicScopeHighMixed: 'You would shape direction and priorities.',
  fitClaimStrategicScopeLowWants: 'Others would set the direction, and you want a say in it.',
  fitClaimStrategicScopeLowAvoids: 'Others would set the direction, so you could focus on your part.',
  fitClaimStrategicScopeLowMixed: 'Others would set the direction.',

  fitClaimCollaborationHighWants: 'Your days would be full of people and coordination, which energises you.',
  fitClaimCollaborationHighAvoids: 'Your days would be full of people and coordination, and you prefer focused stretches.',
  fitClaimCollaborationHighMixed: 'Your days would be full of people and coordination.',
  fitClaimCollaborationLowWants: 'Much of the work would be on your own, and you like days full of people.',
  fitClaimCollaborationLowAvoids: 'Much of the work would be on your own, with room to focus, as you like.',
  fitClaimCollaborationLowMixed: 'Much of the work would be on your own.',

  fitClaimAutonomyHighWants: 'You would decide how you work, as you want to.',
  fitClaimAutonomyHighOther: 'You would be trusted to work on your own.',
  fitClaimAutonomyLowWants: 'Someone else would direct your work, and you want to decide how you work.',
  fitClaimAutonomyLowAvoids: 'Someone else would direct your work, and you like clear structure.',
  fitClaimAutonomyLowMixed: 'Someone else would direct your work.',

  fitClaimPressureHighWants: 'The role asks for long hours, shifts or travel, which you accept.',
  fitClaimPressureHighAvoids: 'The role asks for long hours, shifts or travel, and you protect your time outside work.',
  fitClaimPressureHighMixed: 'The role asks for long hours, shifts or travel.',
  fitClaimPressureLowAvoids: 'The load looks moderate, as you want.',
  fitClaimPressureLowOther: 'The load looks moderate.',

  askTitle: 'Ask the employer',
  askHelp: 'The posting does not say what would decide your fit here. Questions for the recruiter:',
  askLeadMeaning: 'When the posting says lead, does that mean people reporting to me, or leading the work?',
  askWhoReports: 'Would anyone report to this role? If so, how many people?',
  askTeamSize: 'How many people would report to this role?',
  askHandsOn: 'How much of a typical week is hands-on work of my own?',
  askTimeSplit: 'How is the week split between my own hands-on work and leading the team?',
  askHandsOnLeft: 'Would any hands-on work of my own stay with this role, or does the team do all of it?',
  askHours: 'What are the usual hours? Is there on-call, shift work or travel?',
  askAutonomy: 'How much say would I have over how and when I do the work?',
  askDirection: 'Who sets the direction and priorities, and what part would this role play in that?',
  askCollaboration: 'How many teams or people would I work with in a typical week?',
};
