import { describe, expect, it } from 'vitest';
import { normalisedUrl, postingKey, postingUrl, scopePosting, siteOf, siteOfKey } from '@/lib/model/posting-key';
import { stripBidiControls } from '@/lib/model/text';

const key = (senderUrl: string, id: string, title = 'Data Lead', url = senderUrl) =>
  scopePosting({ id, url, title }, senderUrl)?.id;

describe('posting keys', () => {
  it.each([
    ['https://www.linkedin.com/jobs/view/4011122233/', 'linkedin.com'],
    ['https://job-boards.greenhouse.io/Corvid/jobs/4012345007', 'job-boards.greenhouse.io/corvid'],
    ['https://jobs.lever.co/ledgerline/6f1c2d9e', 'jobs.lever.co/ledgerline'],
    ['https://acme.wd5.myworkdayjobs.com/en-US/careers/job/R-1', 'acme.wd5.myworkdayjobs.com'],
    ['https://uk.indeed.com/viewjob?jk=abc', 'uk.indeed.com'],
    ['file:///home/me/posting.html', 'file'],
    ['javascript:alert(1)', null],
    ['chrome-extension://abc/popup.html', null],
    ['not a url', null],
  ])('scopes %s to the site %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });

  it('keeps a posting’s own identifier, scoped by the site that sent it', () => {
    expect(key('https://www.linkedin.com/jobs/view/4011122233/', 'linkedin:4011122233')).toBe('linkedin.com|linkedin:4011122233');
    // Two employers' requisition R-10482 are two postings, on separate hosts or on one shared host.
    expect(key('https://acme.wd5.myworkdayjobs.com/x/job/1', 'R-10482')).not.toBe(
      key('https://globex.wd1.myworkdayjobs.com/y/job/1', 'R-10482'),
    );
    expect(key('https://job-boards.greenhouse.io/acme/jobs/1', 'R-10482')).not.toBe(
      key('https://job-boards.greenhouse.io/globex/jobs/1', 'R-10482'),
    );
  });

  it('never lets a page name another site’s posting: its claimed id lands under its own site', () => {
    const linkedin = key('https://www.linkedin.com/jobs/view/4011122233/', 'linkedin:4011122233');
    const claimed = key(
      'https://careers.rival.example/jobs/1',
      'linkedin:4011122233',
      'Data Lead',
      'https://www.linkedin.com/jobs/view/4011122233/',
    );
    const claimedWhole = key('https://careers.rival.example/jobs/1', linkedin ?? '');
    expect(claimed).not.toBe(linkedin);
    expect(claimedWhole).not.toBe(linkedin);
    expect(siteOfKey(claimedWhole ?? '')).toBe('careers.rival.example');
  });

  it('links a posting by its own address only when it is on the sender’s site', () => {
    const sender = 'https://careers.acme.co.uk/jobs/7?utm_source=x';
    expect(postingUrl('https://jobs.acme.co.uk/7', sender)).toBe('https://jobs.acme.co.uk/7');
    expect(postingUrl('https://evil.example/phish', sender)).toBe(sender);
    expect(postingUrl('https://other.co.uk/7', sender)).toBe(sender);
    expect(postingUrl('https:/jobs/1', sender)).toBe(sender);
    expect(postingUrl('javascript:alert(1)', sender)).toBe(sender);
    expect(postingUrl('https://www.linkedin.com/jobs/view/1/', 'https://de.linkedin.com/jobs/view/1/')).toBe(
      'https://www.linkedin.com/jobs/view/1/',
    );
  });

  it('gives a posting without an id one key whatever tracking or session parameters and fragments its address carries', () => {
    const base = 'https://careers.example.com/jobs/data-lead';
    const keys = new Set(
      [
        base,
        `${base}/`,
        `${base}?utm_source=linkedin&utm_medium=social`,
        `${base}?ref=abc&trk=1&fbclid=x&gclid=y&sessionid=42`,
        `${base};jsessionid=0ABC`,
        `${base}#apply`,
        `http://www.careers.example.com/jobs/data-lead?k=${Math.random()}`,
      ].map((url) => key(url, '')),
    );
    expect(keys.size).toBe(1);
    expect([...keys][0]).toMatch(/^careers\.example\.com\|u-[0-9a-f]{16}$/);
  });

  it('keeps the parameters that name the posting: LinkedIn currentJobId, Indeed jk and vjk, Greenhouse gh_jid', () => {
    expect(normalisedUrl('https://www.linkedin.com/jobs/search/?keywords=x&currentJobId=123&trk=y')).toBe(
      'linkedin.com/jobs/search?currentjobid=123',
    );
    expect(normalisedUrl('https://www.indeed.com/viewjob?jk=abc&from=serp&tk=1')).toBe('indeed.com/viewjob?jk=abc');
    expect(normalisedUrl('https://www.indeed.com/jobs?q=baker&vjk=def&start=10')).toBe('indeed.com/jobs?vjk=def');
    expect(normalisedUrl('https://acme.com/careers?gh_jid=4012&gh_src=mail')).toBe('acme.com/careers?gh_jid=4012');
    expect(key('https://acme.com/careers?gh_jid=1', '')).not.toBe(key('https://acme.com/careers?gh_jid=2', ''));
  });

  it('treats a derived id from the page as none, and a very long one as hashed, within the key limit', () => {
    expect(key('https://a.example/j', 'u-0123abcd')).toBe(key('https://a.example/j', ''));
    const long = key(`https://${['a', 'b', 'c', 'd'].map((c) => c.repeat(60)).join('.')}.example/j`, 'R-'.repeat(150));
    expect(long?.length).toBeLessThanOrEqual(400);
    expect(long).toMatch(/\|h-[0-9a-f]{16}$/);
  });

  it('reads the site back from a key even when the identifier holds a bar', () => {
    expect(siteOfKey(postingKey({ site: 'jobs.example', id: 'a|b', url: 'https://jobs.example/1', title: 't' }))).toBe(
      'jobs.example',
    );
  });

  it('strips bidi embeddings, overrides and isolates, and keeps the marks right-to-left text needs', () => {
    expect(stripBidiControls('Acme\u202E gninepO\u202C \u2067x\u2069 \u200Fשלום\u200E')).toBe('Acme gninepO x \u200Fשלום\u200E');
  });
});
