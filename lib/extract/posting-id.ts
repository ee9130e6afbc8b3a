/** FNV-1a, 32-bit: a short, stable key; collisions only matter within one user's postings. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Query parameters that track the visit, not the posting. */
const TRACKING_PARAM = /^(utm_|gh_src|ref|refId|trk|trackingId|source|src|from|lipi|eBP|tk|fbclid|gclid)/i;

export function canonicalUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const key of [...u.searchParams.keys()]) if (TRACKING_PARAM.test(key)) u.searchParams.delete(key);
    return u.toString();
  } catch {
    return url;
  }
}

/** The id of a posting that carries none: derived from where it was found and what it is called. */
export function postingId(url: string, title: string): string {
  return `u-${fnv1a(`${canonicalUrl(url)}\n${title.trim().toLowerCase()}`)}`;
}
