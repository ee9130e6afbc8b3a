/** Lowercased letters and digits only, so "Senior Engineer – Payments" matches "Senior Engineer - Payments". */
export function normalTitle(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Whether text shown on the page is the posting's title: the same words, or
 * one holding the other (sites add "(m/w/d)", a location, or cut long titles).
 */
export function showsTitle(shown: string, title: string): boolean {
  const text = normalTitle(shown);
  const want = normalTitle(title);
  if (!text || !want) return false;
  if (text === want) return true;
  return (text.includes(want) && text.length < want.length * 2 + 40) || (want.includes(text) && text.length > 8);
}

const HEADINGS = 'h1, h2, [role="heading"], h3';

/**
 * The element that shows the posting's title, for the badge to sit beside:
 * the first heading whose text is the title (or holds it), else the page's
 * h1, else nothing (the badge then floats in a corner). On a search page
 * the same title heads a card in the list and, often with the site's
 * additions (" - job post"), the selected job's pane: headings in list items
 * come last, and higher headings before lower ones (a card's h3, the pane's h1).
 */
export function findTitleElement(doc: Document, title: string): Element | null {
  const headings = Array.from(doc.querySelectorAll(HEADINGS)).slice(0, 300);
  const visible = headings.filter((h) => !h.closest('[hidden], [aria-hidden="true"], template, crossroads-badge'));
  const want = normalTitle(title);
  const level = (h: Element) => ({ H1: 1, H2: 2, H3: 4 })[h.tagName] ?? 3;
  const pick = (hs: Element[]) => {
    const ranked = [...hs].sort((a, b) => level(a) - level(b));
    return (
      ranked.find((h) => normalTitle(h.textContent ?? '') === want) ?? ranked.find((h) => showsTitle(h.textContent ?? '', title))
    );
  };
  const inList = (h: Element) => h.closest('li, [role="listitem"]') !== null;
  return (
    pick(visible.filter((h) => !inList(h))) ?? pick(visible.filter(inList)) ?? visible.find((h) => h.tagName === 'H1') ?? null
  );
}
