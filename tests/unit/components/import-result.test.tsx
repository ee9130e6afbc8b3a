import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ImportResult } from '@/components/data/ImportResult';
import { type ImportSummary, nothingImported } from '@/lib/model/export-file';

const none: ImportSummary = nothingImported();

describe('the import summary', () => {
  it('says how many unreadable rows went back, and how many did not and why', () => {
    const html = renderToStaticMarkup(
      <ImportResult summary={{ ...none, unreadableRestored: 2, unreadableKeyHeld: 1, unreadableNoKey: 3 }} />,
    );
    expect(html).toContain('2 entries the exporting version could not read, restored as they were');
    expect(html).toContain('1 entry the exporting version could not read, not restored: an entry here already has its key');
    expect(html).toContain('3 entries the exporting version could not read, not restored: they have no key to store them under');
    expect(html).not.toContain('already here');
  });
});
