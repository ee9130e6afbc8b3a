import { useEffect, useState } from 'react';

/** The dashboard's views, each at its own address: the saved postings first. */
export const VIEWS = ['postings', 'profile', 'data'] as const;
export type View = (typeof VIEWS)[number];

export interface Route {
  view: View;
  /** A posting's detail open beside or over the table: #postings/<id>. */
  open: string | null;
  /** The assessment itself, in the profile view: #assess. */
  assess: boolean;
  /** The check-in, in the profile view, as a reminder opens it: #check-in. */
  checkIn: boolean;
}

/** The route a hash names; anything else is the saved postings. */
export function parseRoute(hash: string): Route {
  const [head = '', ...rest] = hash.replace(/^#/, '').split('/');
  if (head === 'assess') return { view: 'profile', open: null, assess: true, checkIn: false };
  if (head === 'check-in') return { view: 'profile', open: null, assess: false, checkIn: true };
  const view = (VIEWS as readonly string[]).includes(head) ? (head as View) : 'postings';
  const id = view === 'postings' && rest.length > 0 ? rest.join('/') : '';
  let open: string | null = null;
  try {
    open = id ? decodeURIComponent(id) : null;
  } catch {}
  return { view, open, assess: false, checkIn: false };
}

export const hrefOf = (view: View, open?: string | null): string =>
  `#${view}${view === 'postings' && open ? `/${encodeURIComponent(open)}` : ''}`;

/** The route now, following the address as the user moves (links, Back and Forward). */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return route;
}

/** Goes to a route as a link would, so Back returns. */
export function go(hash: string): void {
  if (location.hash !== hash) location.hash = hash;
}
