/**
 * Where the build writes the job-site content script (an unlisted script,
 * see wxt.config.ts): the manifest declares it and the background registers
 * it for every site from this one name.
 */
export const JOBS_SCRIPT = 'content-scripts/jobs.js';
