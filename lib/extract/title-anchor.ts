/** Lowercased letters and digits only, so "Senior Engineer – Payments" matches "Senior Engineer - Payments". */
export function normalTitle(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const HEADINGS = 'h1, h2, [role="heading"], h3';

/**
 * The element that shows the posting's title, for the badge to sit beside:
 * the first heading whose text is the title (or holds it), else the page's
 * h1, else nothing (the badge then floats in a corner).
 */
export function findTitleElement(doc: Document, title: string): Element | null {
  const want = normalTitle(title);
  if (!want) return null;
  const headings = Array.from(doc.querySelectorAll(HEADINGS)).slice(0, 300);
  const visible = headings.filter((h) => !h.closest('[hidden], [aria-hidden="true"], template, crossroads-badge'));
  const exact = visible.find((h) => normalTitle(h.textContent ?? '') === want);
  if (exact) return exact;
  const holds = visible.find((h) => {
    const text = normalTitle(h.textContent ?? '');
    return (
      text.length > 0 && text.length < want.length * 2 + 40 && (text.includes(want) || (want.includes(text) && text.length > 8))
    );
  });
  return holds ?? visible.find((h) => h.tagName === 'H1') ?? null;
}
