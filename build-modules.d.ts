/** Modules the build provides (wxt.config.ts). */

/** The site reader of one site-reader build: one of lib/extract/adapters/*.ts (entrypoints/site-reader.ts). */
declare module 'crossroads:site-reader' {
  const reader: import('./lib/extract/adapters/types').SiteReader;
  export default reader;
}
