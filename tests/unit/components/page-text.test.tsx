// @vitest-environment happy-dom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ImportResult } from '@/components/data/ImportResult';
import { PostingCard } from '@/components/PostingCard';
import { PostingDetail } from '@/components/postings/PostingDetail';
import { PostingsTable } from '@/components/postings/PostingsTable';
import { classify } from '@/lib/classify/role-type';
import { nothingImported } from '@/lib/model/export-file';
import type { PostingRecord } from '@/lib/model/saved-posting';
import { toRows } from '@/lib/saved/query';
import { storedPosting } from '../helpers';

/** A posting whose company is right-to-left text: without isolation it would pull our own words into its direction. */
function record(): PostingRecord {
  const { site, description, ...posting } = storedPosting({ company: 'שלום בע״מ', title: 'מנהל הנדסה', locations: ['תל אביב'] });
  return {
    id: posting.id,
    site,
    posting,
    classification: classify({ title: posting.title, description }),
    status: 'saved',
    notes: '',
    fit: null,
    questions: [],
    firstSeenAt: 1,
    seenAt: 1,
    editedAt: 1,
    updatedAt: 1,
  };
}

describe('page text in the extension’s views', () => {
  it('is isolated in the detail: company and places in <bdi>, the title and the note with dir="auto"', () => {
    const html = renderToStaticMarkup(
      <PostingDetail record={record()} onStatus={() => {}} onNotes={() => {}} onClose={() => {}} />,
    );
    expect(html).toContain('<bdi>שלום בע״מ</bdi>');
    expect(html).toContain('<bdi>תל אביב</bdi>');
    expect(html).toMatch(/<h3 id="[^"]+" dir="auto"[^>]*>מנהל הנדסה<\/h3>/);
    expect(html).toMatch(/<textarea[^>]*dir="auto"/);
  });

  it('is isolated in the table, the popup’s card and an import’s list of titles', () => {
    const r = record();
    const table = renderToStaticMarkup(
      <PostingsTable
        rows={toRows([r])}
        sort={{ key: 'updatedAt', dir: 'desc' }}
        onSort={() => {}}
        selected={new Set()}
        onToggleSelect={() => {}}
        onOpen={() => {}}
      />,
    );
    expect(table).toContain('<bdi>מנהל הנדסה</bdi>');
    expect(table).toContain('<td class="col-company" dir="auto">שלום בע״מ</td>');
    expect(table).toContain('<bdi>שלום בע״מ</bdi>');
    const card = renderToStaticMarkup(<PostingCard record={r} onSave={() => {}} />);
    expect(card).toMatch(/<h3 id="[^"]+" class="card-title" dir="auto" title="מנהל הנדסה">מנהל הנדסה<\/h3>/);
    expect(card).toContain('<bdi>שלום בע״מ</bdi>');
    expect(card).toContain('<bdi>תל אביב</bdi>');
    const imported = renderToStaticMarkup(<ImportResult summary={{ ...nothingImported(), conflicts: ['מנהל הנדסה'] }} />);
    expect(imported).toContain('<bdi>מנהל הנדסה</bdi>');
  });
});
