import { type Block, blocksOf } from './blocks';
import { type SectionKind, sectionOfHeading, sectionOfSentence } from './sections';

/** A sentence or list item of a posting, with the section it stands in. */
export interface Clause {
  index: number;
  start: number;
  end: number;
  text: string;
  section: SectionKind;
  /** A list item (duties are usually written as items, and imperative). */
  item: boolean;
  /** The heading of its section, or '' before any. */
  heading: string;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATION =
  /(?:^|[\s(])(?:e\.g|i\.e|etc|inc|ltd|co|corp|dr|mr|mrs|ms|st|no|vs|approx|incl|dept|jr|sr|min|max|ca|bzw|z\.b|usw|ggf|evtl|mme|sra|u\.s|u\.k|a\.m|p\.m|ph\.d|b\.s|m\.s|b\.a|m\.a|gs|e\.v|gmbh|s\.a|cf|fig|approx|est|ext|tel)\.$/i;
const SENTENCE_BREAK = /[.!?…]+["'”’)\]]*\s+(?=["'“‘(\p{Lu}\p{N}¿¡])|;\s+/gu;

function sentencesOf(text: string, offset: number): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  let from = 0;
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(text); m !== null; m = SENTENCE_BREAK.exec(text)) {
    const stop = m.index + m[0].trimEnd().length;
    if (m[0][0] === '.' && ABBREVIATION.test(text.slice(Math.max(from, m.index - 8), m.index + 1))) continue;
    const piece = text.slice(from, stop).trim();
    if (piece) {
      const lead = text.slice(from).length - text.slice(from).trimStart().length;
      out.push({ start: offset + from + lead, end: offset + from + lead + piece.length, text: piece });
    }
    from = m.index + m[0].length;
  }
  const rest = text.slice(from);
  const piece = rest.trim();
  if (piece) {
    const lead = rest.length - rest.trimStart().length;
    out.push({ start: offset + from + lead, end: offset + from + lead + piece.length, text: piece });
  }
  return out;
}

/** The kinds a single sentence may move into from the role's own text or the requirements. */
const OVERRIDES: Partial<Record<SectionKind, ReadonlySet<SectionKind>>> = {
  duties: new Set<SectionKind>(['legal', 'benefits', 'apply', 'requirements']),
  other: new Set<SectionKind>(['legal', 'benefits', 'apply', 'requirements', 'company']),
  requirements: new Set<SectionKind>(['legal', 'benefits', 'apply']),
};

/**
 * The posting's clauses in reading order. A heading sets the section of what
 * follows when its words say what it is; a short line that only looks like a
 * heading ("Excellent communication skills") is read as a clause.
 */
export function clausesOf(text: string): Clause[] {
  const clauses: Clause[] = [];
  let section: SectionKind = 'other';
  let heading = '';
  const blocks = blocksOf(text);
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b] as Block;
    const next = blocks[b + 1];
    // "Supervisory status:" above "No": a label and its short value are one clause.
    if (block.kind === 'heading' && block.text.endsWith(':') && next?.kind === 'text' && next.text.split(/\s+/).length <= 3) {
      clauses.push({
        index: clauses.length,
        start: block.start,
        end: next.end,
        text: text.slice(block.start, next.end),
        section,
        item: false,
        heading,
      });
      b++;
      continue;
    }
    if (block.kind === 'heading') {
      const kind = sectionOfHeading(block.text);
      if (kind || block.strongHeading) {
        section = kind ?? 'other';
        heading = block.text;
        continue;
      }
    }
    for (const s of sentencesOf(block.text, block.start)) {
      const own = sectionOfSentence(s.text);
      const moved = own && OVERRIDES[section]?.has(own) ? own : section;
      clauses.push({
        index: clauses.length,
        start: s.start,
        end: s.end,
        text: s.text,
        section: moved,
        item: block.kind === 'item',
        heading,
      });
    }
  }
  return clauses;
}
