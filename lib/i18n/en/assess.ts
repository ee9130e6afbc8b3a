/** The self-assessment's words: questions, answers, readiness, coaching. */
export const ASSESS = {};
