/**
 * Pages built to break a job extension: markup and script in every field,
 * enormous inputs, broken and malicious JSON-LD, pages that fight the badge
 * or replace built-ins. Generated here rather than committed, since some
 * are megabytes.
 */

const XSS = `<img src=x onerror="window.__xss=(window.__xss||0)+1"><script>window.__xss=(window.__xss||0)+1</script>`;
/** The same payload as text on the page: inert there, live only if an extension parsed it as HTML. */
const XSS_TEXT = XSS.replace(/</g, '&lt;').replace(/>/g, '&gt;');
const BODY = `<p>You will manage a team of 6 engineers, run hiring and performance reviews, and own the roadmap. You will not write production code.</p><ul><li>Hire and develop the team</li><li>Own the budget</li></ul>`;

/** The page's own script proves the page still works: it sets a flag and answers a click. */
const PAGE_OK = `<button id="page-button" onclick="this.textContent='clicked'">page button</button><script>window.pageOk = true;</script>`;

function page(opts: { head?: string; body?: string; title?: string; script?: string }): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Hostile</title>${opts.head ?? ''}</head><body><main><h1>${opts.title ?? 'Engineering Manager'}</h1>${opts.body ?? ''}</main>${PAGE_OK}${opts.script ? `<script>${opts.script}</script>` : ''}</body></html>`;
}

const ld = (obj: unknown) => `<script type="application/ld+json">${JSON.stringify(obj).replace(/</g, '\\u003c')}</script>`;
const posting = (over: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'Engineering Manager',
  description: BODY,
  hiringOrganization: { name: 'Acme' },
  ...over,
});

export interface HostileCase {
  name: string;
  html: string;
  /** Whether a posting is still readable, so a badge must show. */
  badge: boolean;
}

export const HOSTILE_CASES: HostileCase[] = [
  {
    name: 'script and event handlers in the title',
    html: page({ head: ld(posting({ title: `Engineering Manager ${XSS}` })), title: 'Engineering Manager' }),
    badge: true,
  },
  {
    name: 'script and event handlers in the description',
    html: page({ head: ld(posting({ description: `${BODY}${XSS}` })) }),
    badge: true,
  },
  {
    name: 'markup in the company name',
    html: page({ head: ld(posting({ hiringOrganization: { name: `Acme ${XSS}` } })) }),
    badge: true,
  },
  {
    name: 'markup in the location',
    html: page({
      head: ld(
        posting({ jobLocation: { address: { addressLocality: XSS, addressCountry: `<b onmouseover="window.__xss=1">US</b>` } } }),
      ),
    }),
    badge: true,
  },
  {
    name: 'a javascript: URL as the posting URL',
    html: page({ head: ld(posting({ url: 'javascript:window.__xss=1' })) }),
    badge: true,
  },
  {
    name: 'HTML-escaped script in the description',
    html: page({
      head: ld(
        posting({ description: `${BODY}&lt;script&gt;window.__xss=1&lt;/script&gt;&lt;img src=x onerror=window.__xss=1&gt;` }),
      ),
    }),
    badge: true,
  },
  {
    name: 'a 10 MB description',
    html: page({ head: ld(posting({ description: `${BODY}<p>${'lorem ipsum dolor '.repeat(600_000)}</p>` })) }),
    badge: true,
  },
  {
    name: 'a 20,000-character title',
    html: page({ head: ld(posting({ title: 'Engineering Manager '.repeat(1000) })) }),
    badge: true,
  },
  {
    name: 'three thousand JSON-LD blocks',
    html: page({
      head: `${Array.from({ length: 3000 }, (_, i) => ld({ '@type': 'Thing', name: `n${i}` })).join('')}${ld(posting())}`,
    }),
    badge: true,
  },
  {
    name: 'a JSON-LD @graph nested 20,000 levels deep',
    html: page({
      head: `<script type="application/ld+json">${'{"@graph":['.repeat(20_000)}${JSON.stringify(posting())}${']}'.repeat(20_000)}</script>`,
    }),
    badge: false,
  },
  {
    name: 'an @graph whose nodes refer to each other in a cycle',
    html: page({
      head: ld({
        '@graph': [
          { '@id': '#a', '@type': 'WebPage', mainEntity: { '@id': '#b' } },
          { '@id': '#b', ...posting(), mainEntityOfPage: { '@id': '#a' } },
        ],
      }),
    }),
    badge: true,
  },
  {
    name: 'prototype-polluting keys',
    html: page({
      head: `<script type="application/ld+json">{"@type":"JobPosting","title":"Engineering Manager","description":${JSON.stringify(BODY)},"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}</script>`,
    }),
    badge: true,
  },
  {
    name: 'JSON-LD that is not JSON at all',
    html: page({ head: `<script type="application/ld+json">{{{ this is not json <b>]]]</script>` }),
    badge: false,
  },
  {
    name: 'a description that is an object, a title that is an array',
    html: page({ head: ld(posting({ title: ['Engineering Manager', 'x'], description: { '@value': BODY } })) }),
    badge: true,
  },
  {
    name: 'an @type that is a number and nested objects',
    html: page({ head: `${ld({ '@type': 42, name: 'x' })}${ld({ '@type': { a: 1 } })}${ld(posting())}` }),
    badge: true,
  },
  {
    name: 'lone surrogates and control characters',
    html: page({
      head: `<script type="application/ld+json">{"@type":"JobPosting","title":"Engineering Manager \\ud800","description":"${BODY.replace(/"/g, '\\"')}\\u0000\\u0007"}</script>`,
    }),
    badge: true,
  },
  {
    name: 'an HTML comment wrapping the JSON-LD',
    html: page({ head: `<script type="application/ld+json"><!-- ${JSON.stringify(posting())} --></script>` }),
    badge: true,
  },
  {
    name: 'entity-escaped fifty times',
    html: page({ head: ld(posting({ description: `${BODY}${'&amp;'.repeat(50)}lt;b&gt;` })) }),
    badge: true,
  },
  {
    name: 'a page that removes the badge whenever it appears',
    html: page({
      head: ld(posting()),
      script: `let n=0; new MutationObserver(()=>{ if(n<5) document.querySelectorAll('h1 > *, body > span').forEach(b=>{n++;b.remove();}); }).observe(document.documentElement,{subtree:true,childList:true});`,
    }),
    badge: true,
  },
  {
    name: 'a page that hides the badge with CSS',
    html: page({
      head: `${ld(posting())}<style>h1 span,h1 iframe,span,iframe{display:none!important;visibility:hidden!important;opacity:0!important;width:0!important} h1 *{display:none!important}</style>`,
    }),
    badge: true,
  },
  {
    name: 'a page that replaces JSON.parse, Array methods and querySelector',
    html: page({
      head: `<script>JSON.parse=()=>{throw new Error('no')};Array.prototype.map=function(){throw new Error('no')};Array.prototype.filter=function(){return []};Document.prototype.querySelectorAll=function(){return []};Document.prototype.querySelector=function(){return null};Element.prototype.attachShadow=function(){throw new Error('no')};</script>${ld(posting())}`,
    }),
    badge: true,
  },
  {
    name: 'a page that replaces MutationObserver, history and setTimeout',
    html: page({
      head: `<script>window.MutationObserver=function(){throw new Error('no')};history.pushState=function(){throw new Error('no')};window.setTimeout=function(){return 0};</script>${ld(posting())}`,
    }),
    badge: true,
  },
  {
    name: 'a page that breaks appendChild and freezes Object.prototype',
    html: page({
      head: `<script>Node.prototype.appendChild=function(){throw new Error('no')};Element.prototype.append=function(){throw new Error('no')};Object.freeze(Object.prototype);</script>${ld(posting())}`,
    }),
    badge: true,
  },
  {
    name: 'a page that changes the DOM every 20 ms for ever',
    html: page({
      head: ld(posting()),
      script: `let i=0; setInterval(()=>{ const s=document.getElementById('tick')||document.body.appendChild(document.createElement('span')); s.id='tick'; s.textContent=String(i++); }, 20);`,
    }),
    badge: true,
  },
  {
    name: 'ten thousand headings',
    html: page({ head: ld(posting()), body: Array.from({ length: 10_000 }, (_, i) => `<h2>Heading ${i}</h2>`).join('') }),
    badge: true,
  },
  {
    name: 'a title element nested 5,000 spans deep',
    html: page({ head: ld(posting()), title: `${'<span>'.repeat(5000)}Engineering Manager${'</span>'.repeat(5000)}` }),
    badge: true,
  },
  {
    name: 'a description with 50,000 list items',
    html: page({ head: ld(posting({ description: `${BODY}<ul>${'<li>item</li>'.repeat(50_000)}</ul>` })) }),
    badge: true,
  },
  {
    name: 'a page that drops its JSON-LD after hydrating',
    html: page({
      head: ld(posting()),
      script: `setTimeout(()=>document.querySelectorAll('script[type="application/ld+json"]').forEach(s=>s.remove()), 600);`,
    }),
    badge: true,
  },
  {
    name: 'a page that pushes history entries in a loop',
    html: page({
      head: ld(posting()),
      script: `let k=0; const t=setInterval(()=>{ history.replaceState({}, '', location.pathname + '?k=' + (k++)); if(k>40) clearInterval(t); }, 25);`,
    }),
    badge: true,
  },
  {
    name: 'an iframe and a closed shadow root holding fake postings',
    html: page({
      head: ld(posting()),
      body: `<iframe srcdoc="<h1>Fake</h1>"></iframe><div id="host"></div><script>document.getElementById('host').attachShadow({mode:'closed'}).innerHTML='<h1>Fake</h1>';</script>`,
    }),
    badge: true,
  },
  {
    name: 'microdata with script-as-text in every property',
    html: page({
      body: `<div itemscope itemtype="https://schema.org/JobPosting"><span itemprop="title">Engineering Manager</span><div itemprop="description">${BODY}${XSS_TEXT}</div><div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">${XSS_TEXT}Acme</span></div></div>`,
      title: 'Engineering Manager',
    }),
    badge: true,
  },
  {
    name: 'a title that is only whitespace and zero-width characters',
    html: page({ head: ld(posting({ title: ' \u200b \u200b ' })) }),
    badge: false,
  },
];
