import { describe, expect, it } from 'vitest';
import { escapeHtml, html, trusted } from '../../src/http/dashboard/html.ts';
import { csvCell, toCsv } from '../../src/http/dashboard/export/to-csv.ts';

describe('escaping user text', () => {
  it('escapes the five characters that can end text or an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('escapes every interpolated value in the html template, arrays included, but not nested html', () => {
    const name = '"><script>alert(1)</script>';
    const out = html`<p title="${name}">${[name, html`<b>${name}</b>`]}</p>`;
    expect(out.value).toBe(
      '<p title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;<b>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</b></p>',
    );
  });

  it('renders null, undefined and false as nothing, and numbers as text', () => {
    expect(html`${null}${undefined}${false}${0}${trusted('<br>')}`.value).toBe('0<br>');
  });
});

describe('CSV export cells', () => {
  it('quotes delimiters, quotes and line breaks, and joins lists with ";"', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(['hiking', 'chess'])).toBe('hiking;chess');
    expect(csvCell(null)).toBe('');
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    for (const evil of ['=1+1', '+1', '-1', '@SUM(A1)']) expect(csvCell(evil)).toBe(`'${evil}`);
    expect(csvCell(-1)).toBe('-1');
  });

  it('writes a header and CRLF-terminated records', () => {
    expect(toCsv(['id', 'n'], [{ id: 'u1', n: 2 }])).toBe('id,n\r\nu1,2\r\n');
  });
});
