/**
 * Text that was UTF-8, read as Windows-1252 and saved again ("Câ€™est",
 * "â€¢", "Ã©tÃ©"): common in postings copied between systems. Each damaged run
 * is re-read as the bytes it came from; a run that is not valid UTF-8 stays
 * as it is, so correct text is never changed.
 */

/** Windows-1252's characters for the bytes 0x80 to 0x9f (Latin-1 has control codes there). */
const CP1252: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};
const CONT = `[\\u0080-\\u00bf${Object.keys(CP1252).join('')}]`;
/** A lead byte and its continuation bytes, as Windows-1252 shows them. */
const DAMAGED = new RegExp(`(?:[\\u00c2-\\u00df]${CONT}|[\\u00e0-\\u00ef]${CONT}{2}|[\\u00f0-\\u00f4]${CONT}{3})+`, 'g');
const SUSPECT = /[\u00c2-\u00f4][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/;

const byteOf = (ch: string): number => CP1252[ch] ?? ch.charCodeAt(0);

export function repairMojibake(text: string): string {
  if (!SUSPECT.test(text)) return text;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let repaired = false;
  const out = text.replace(DAMAGED, (run) => {
    try {
      const fixed = decoder.decode(Uint8Array.from(Array.from(run, byteOf)));
      repaired = true;
      return fixed;
    } catch {
      return run;
    }
  });
  // Where a text was damaged, two bytes are often lost on the way: the no-break
  // space of "à" (saved as a plain space) and the undefined byte of "”".
  return repaired ? out.replace(/Ã(?= )/g, 'à').replace(/â€(?=[\s.,;]|$)/g, '”') : out;
}
