import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JOB_SITES } from '../../lib/extract/job-sites';

const ROOT = resolve(import.meta.dirname, '../..');
const STORE = readFileSync(resolve(ROOT, 'docs/STORE.md'), 'utf8');
const CONFIG = readFileSync(resolve(ROOT, 'wxt.config.ts'), 'utf8');

describe('docs/STORE.md', () => {
  it('justifies every match pattern and exclusion of every site, in the row of that site', () => {
    const section = STORE.slice(STORE.indexOf('## Match patterns'), STORE.indexOf('## Data collection'));
    const rows = section.split('\n').filter((l) => l.startsWith('| ') && l.includes('`*://'));
    const missing = JOB_SITES.flatMap((site) =>
      [...site.matches, ...(site.excludes ?? [])]
        .filter((p) => !rows.some((row) => site.matches.every((m) => row.includes(`\`${m}\``)) && row.includes(`\`${p}\``)))
        .map((p) => `${site.reader}: ${p}`),
    );
    expect(missing).toEqual([]);
    expect(rows).toHaveLength(JOB_SITES.length);
  });

  it('justifies every permission the manifest asks for, and names the add-on id', () => {
    const permissions = CONFIG.match(/permissions: \[([^\]]*)\]/)?.[1]?.match(/'[^']+'/g) ?? [];
    const optional = CONFIG.match(/optional_host_permissions: \[([^\]]*)\]/)?.[1]?.match(/'[^']+'/g) ?? [];
    expect(permissions.length).toBeGreaterThan(0);
    for (const p of [...permissions, ...optional]) expect(STORE).toContain(`| \`${p.slice(1, -1)}\``);
    const exposed = CONFIG.match(/resources: \[([^\]]*)\]/)?.[1]?.match(/'[^']+'/g) ?? [];
    for (const f of exposed) expect(STORE).toContain(`\`${f.slice(1, -1)}\``);
    const id = CONFIG.match(/GECKO_ID = '([^']+)'/)?.[1];
    expect(id && STORE.includes(`\`${id}\``)).toBe(true);
  });
});
