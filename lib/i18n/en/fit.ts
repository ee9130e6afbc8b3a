/**
 * The fit's reasons (docs/FIT.md): a sentence for the label against the
 * profile's lean, one per dimension with the role's demand and the user's
 * score, and the posting's words and the answer behind each.
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
  fitDemandReason: 'The role $1 ($2 matters $3 to you).',
  fitMattersALot: 'a lot',
  fitMattersSomewhat: 'somewhat',
  fitMattersLittle: 'little',
  fitPostingEvidence: '“$1” ($2)',
  fitYouAgreed: 'you agreed: “$1”',
  fitYouDisagreed: 'you disagreed: “$1”',
  fitDemandPeopleLeadershipHigh: 'asks you to lead people',
  fitDemandPeopleLeadershipLow: 'has little people leadership',
  fitDemandCraftDepthHigh: 'keeps you close to the craft',
  fitDemandCraftDepthLow: 'moves you away from hands-on work',
  fitDemandStrategicScopeHigh: 'gives you strategic scope',
  fitDemandStrategicScopeLow: 'has narrow strategic scope',
  fitDemandCollaborationHigh: 'is full of people and coordination',
  fitDemandCollaborationLow: 'leaves room for focused work',
  fitDemandAutonomyHigh: 'offers autonomy',
  fitDemandAutonomyLow: 'offers little autonomy',
  fitDemandPressureHigh: 'carries a heavy load',
  fitDemandPressureLow: 'keeps the load moderate',
};
