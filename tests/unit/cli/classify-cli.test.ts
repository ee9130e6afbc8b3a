import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classificationSchema } from '@/lib/model/classification';

const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURES = resolve(ROOT, 'tests/fixtures');

function runCli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/classify.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  const lines = r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code: r.status, lines, stderr: r.stderr };
}

describe('npm run classify', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crossroads-cli-'));
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{"title": "Nurse", ');
  const empty = join(dir, 'about-us.html');
  writeFileSync(empty, '<html><body><h1>About us</h1><p>We make chairs.</p></body></html>');
  const array = join(dir, 'two.json');
  writeFileSync(
    array,
    JSON.stringify([
      {
        '@type': 'JobPosting',
        identifier: 'A-1',
        title: 'Staff Engineer',
        description: 'Individual contributor role, no direct reports. You write code.',
      },
      {
        title: 'Head of Sales',
        url: 'https://jobs.example.com/hos',
        description: 'Six account executives report to you; you hire and coach them.',
      },
    ]),
  );

  it('prints one JSON line per posting from html, json and jsonl, with the classifier output', () => {
    const { code, lines } = runCli(
      resolve(FIXTURES, 'greenhouse/director-analytical-development.html'),
      array,
      resolve(FIXTURES, 'labelled/dev-postings.jsonl'),
    );
    expect(code).toBe(0);
    expect(lines).toHaveLength(1 + 2 + 60);
    const [html, first, second, jsonl] = lines;
    expect(html).toMatchObject({
      id: '4012345007',
      title: 'Director, Analytical Development',
      company: 'Corvid Therapeutics',
      roleType: 'leadership',
    });
    expect(String(html?.source)).toMatch(/director-analytical-development\.html$/);
    expect(first).toMatchObject({ source: `${array}#1`, id: 'A-1', roleType: 'specialist' });
    expect(second).toMatchObject({ source: `${array}#2`, roleType: 'leadership' });
    expect(String(second?.id)).toMatch(/^u-[0-9a-f]{8}$/);
    expect(jsonl).toMatchObject({ id: 'd001', title: 'Director, Analytical Development' });
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(
        expect.arrayContaining([
          'source',
          'id',
          'title',
          'company',
          'location',
          'description',
          'roleType',
          'scores',
          'confidence',
          'evidence',
        ]),
      );
      expect(String(line.description)).not.toMatch(/<p>|<li>/);
      expect(
        classificationSchema.pick({ roleType: true, scores: true, confidence: true, evidence: true }).safeParse(line).success,
      ).toBe(true);
    }
  });

  it('adds the fit against a profile file', () => {
    const profile = resolve(ROOT, 'examples/profiles/specialist-leaning.json');
    const { code, lines } = runCli(
      '--profile',
      profile,
      resolve(FIXTURES, 'lever/staff-software-engineer.html'),
      resolve(FIXTURES, 'icims/nurse-manager.html'),
    );
    expect(code).toBe(0);
    const [ic, manager] = lines as Array<{
      fit: { score: number; band: string; reasons: Array<{ sign: number; text: string }> };
    }>;
    expect(ic?.fit.score).toBeGreaterThan(manager?.fit.score ?? 100);
    expect(['strong', 'good']).toContain(ic?.fit.band);
    expect(manager?.fit.band).toBe('poor');
    expect(manager?.fit.reasons.length).toBeGreaterThanOrEqual(2);
  });

  it('reports a broken file on stderr by name, still prints the others, and exits non-zero', () => {
    const { code, lines, stderr } = runCli(broken, empty, array);
    expect(code).toBe(1);
    expect(stderr).toContain('broken.json');
    // A page without a posting is no error: it is said plainly.
    expect(stderr).toMatch(/about-us\.html: no single posting on this page \(read at file:\/\//);
    expect(lines.map((l) => l.id)).toEqual(['A-1', expect.stringMatching(/^u-/)]);
  });

  describe('a saved page, read as the browser would at its address', { timeout: 30_000 }, () => {
    // Indeed's job page without structured data: only the site reader finds the posting, and only at Indeed's address.
    const fixture = readFileSync(resolve(FIXTURES, 'indeed/viewjob-no-structured-data.html'), 'utf8').replace(
      /<link rel="canonical"[^>]*>/,
      '',
    );
    const bare = join(dir, 'indeed-viewjob.html');
    writeFileSync(bare, fixture);
    const saved = join(dir, 'indeed-saved.html');
    writeFileSync(
      saved,
      `<!DOCTYPE html>\n<!-- saved from url=(0049)https://uk.indeed.com/viewjob?jk=3c4d5e6f7a8b9c0d -->\n${fixture}`,
    );
    const INDEED = 'https://uk.indeed.com/viewjob?jk=3c4d5e6f7a8b9c0d';

    it('at the address given with --url', () => {
      const { code, lines } = runCli('--url', INDEED, bare);
      expect(code).toBe(0);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({
        reader: 'indeed',
        id: 'indeed:3c4d5e6f7a8b9c0d',
        url: INDEED,
        title: 'Front Office Manager',
        company: 'The Aldous Hotel',
      });
    });

    it('without --url, at the address Chrome recorded when saving it, or its canonical link', () => {
      expect(runCli(saved).lines[0]).toMatchObject({ reader: 'indeed', title: 'Front Office Manager' });
      const canonical = resolve(FIXTURES, 'linkedin/guest-no-structured-data.html');
      expect(runCli(canonical).lines[0]).toMatchObject({ reader: 'linkedin', company: 'Bridgeway Youth Services' });
    });

    it('as a local file when it records no address: no site reader, so no posting', () => {
      const { code, lines, stderr } = runCli(bare);
      expect(code).toBe(0);
      expect(lines).toEqual([]);
      expect(stderr).toContain('indeed-viewjob.html: no single posting on this page (read at file://');
    });

    // Three runs of the CLI, each a Node process: on a loaded machine they outlast the default 5 s.
    it('with --analyze, as "Analyze this page" reads a page no site reader knows', { timeout: 20_000 }, () => {
      const page = resolve(FIXTURES, 'career-site/no-structured-data.html');
      expect(runCli(page).lines).toEqual([]);
      expect(runCli('--analyze', page).lines[0]).toMatchObject({
        reader: 'heuristic',
        title: 'Accounting Supervisor',
        company: 'Pinecrest Senior Living',
      });
      expect(runCli('--analyze', resolve(FIXTURES, 'career-site/careers-listing.html')).lines).toEqual([]);
    });

    it('refuses an address that is not one', () => {
      const { code, stderr } = runCli('--url', 'javascript:alert(1)', bare);
      expect(code).toBe(2);
      expect(stderr).toContain('not a web address');
    });
  });
});
