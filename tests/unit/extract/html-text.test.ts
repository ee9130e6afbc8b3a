import { describe, expect, it } from 'vitest';
import { htmlToText } from '@/lib/extract/html-text';
import { MAX_DESCRIPTION_CHARS } from '@/lib/model/limits';

describe('htmlToText', () => {
  it('keeps paragraphs apart and puts each list item on its own line', () => {
    const text = htmlToText('<p>First para.</p><p>Second <b>bold</b> para.</p><ul><li>One</li><li>Two</li></ul>');
    expect(text).toBe('First para.\n\nSecond bold para.\n\n• One\n• Two');
  });

  it('reads HTML-escaped and double-escaped descriptions the same as plain HTML', () => {
    const plain = htmlToText('<p>Lead a team of 4 &amp; ship.</p><ul><li>Hire</li></ul>');
    expect(htmlToText('&lt;p&gt;Lead a team of 4 &amp;amp; ship.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Hire&lt;/li&gt;&lt;/ul&gt;')).toBe(
      plain,
    );
    expect(
      htmlToText(
        '&amp;lt;p&amp;gt;Lead a team of 4 &amp;amp;amp; ship.&amp;lt;/p&amp;gt;&amp;lt;ul&amp;gt;&amp;lt;li&amp;gt;Hire&amp;lt;/li&amp;gt;&amp;lt;/ul&amp;gt;',
      ),
    ).toBe(plain);
  });

  it('drops scripts, styles and markup entirely rather than keeping their text', () => {
    const text = htmlToText('<p>Role</p><script>alert(1)</script><style>p{}</style><img src=x onerror=alert(2)>');
    expect(text).toBe('Role');
  });

  it('removes control characters and decodes numeric entities', () => {
    expect(htmlToText('Caf&#233;\u0007 &#x2014; team\u0000')).toBe('Café — team');
  });

  it('truncates a 10 MB description to the stored limit', () => {
    const huge = `<p>${'word '.repeat(2_000_000)}</p>`;
    const text = htmlToText(huge);
    expect(text.length).toBeLessThanOrEqual(MAX_DESCRIPTION_CHARS);
    expect(text.endsWith('…')).toBe(true);
  });
});
