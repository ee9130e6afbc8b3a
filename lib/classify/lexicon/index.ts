import { DE_HEDGES, DE_NEGATORS, DE_PATTERNS } from './de';
import { EN_HEDGES, EN_NEGATORS, EN_PATTERNS, EN_POST_NEGATORS } from './en/index';
import { ES_HEDGES, ES_NEGATORS, ES_PATTERNS } from './es';
import { FR_HEDGES, FR_NEGATORS, FR_PATTERNS } from './fr';
import type { Pattern } from './types';

export interface Lexicon {
  language: 'en' | 'de' | 'fr' | 'es';
  patterns: Pattern[];
  negators: RegExp;
  /** Words after a phrase that deny it ("hands-on coding is not expected"), when the language puts them there. */
  postNegators?: RegExp;
  hedges: RegExp;
  /** Function words whose share marks the language; English always runs, as other postings borrow it. */
  stopwords: RegExp | null;
}

const words = (s: string) => new RegExp(`(?:^|[\\s,.;:(])(?:${s.split(' ').join('|')})(?=[\\s,.;:)])`, 'gi');
const DE = words('und der die das wir mit sie ihr ihre für von zu den ein eine im ist bei auf');
const FR = words('et les des vous nous une pour dans est avec sur au aux du votre vos');
const ES = words('y los las con para una del por su tu en es nuestro nuestra al como');

export const LEXICONS: Lexicon[] = [
  {
    language: 'en',
    patterns: EN_PATTERNS,
    negators: EN_NEGATORS,
    postNegators: EN_POST_NEGATORS,
    hedges: EN_HEDGES,
    stopwords: null,
  },
  { language: 'de', patterns: DE_PATTERNS, negators: DE_NEGATORS, hedges: DE_HEDGES, stopwords: DE },
  { language: 'fr', patterns: FR_PATTERNS, negators: FR_NEGATORS, hedges: FR_HEDGES, stopwords: FR },
  { language: 'es', patterns: ES_PATTERNS, negators: ES_NEGATORS, hedges: ES_HEDGES, stopwords: ES },
];

/** Share of function words that marks a text as (partly) in a language. */
const LANGUAGE_SHARE = 0.06;

/** The lexicons to run on a text: English, and each other language its first words are in. */
export function lexiconsFor(text: string): Lexicon[] {
  const head = text.slice(0, 3000);
  const wordCount = head.split(/\s+/).length;
  return LEXICONS.filter((lex) => {
    if (!lex.stopwords) return true;
    const hits = head.match(lex.stopwords)?.length ?? 0;
    return hits / wordCount > LANGUAGE_SHARE;
  });
}
