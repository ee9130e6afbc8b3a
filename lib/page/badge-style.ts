/**
 * The badge's styles, inside its shadow root so the page's CSS cannot reach
 * in and ours cannot leak out. Colours are solid with white text (contrast at
 * least 4.5:1), so the badge reads the same on light and dark pages. Vite
 * minifies the imported file into a string.
 */
import css from './badge.css?inline';

export const BADGE_CSS: string = css;
