/** The fit's reasons. */
export const FIT = {};
