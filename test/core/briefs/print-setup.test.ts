import { describe, expect, it } from 'vitest';
import { printSetup } from '../../../electron/core/briefs/print-setup';
import { exportFileName } from '../../../electron/core/briefs/render';

describe('printSetup', () => {
  it('puts the handling label in the running header, escaped, and "n of N" in the footer', () => {
    const s = printSetup({ paper: 'A4', title: 'Q3 <b>review</b>', handling: '<img src=x onerror=alert(1)>Secret' });
    expect(s.headerTemplate).toContain('&lt;img src=x onerror=alert(1)&gt;Secret');
    expect(s.headerTemplate).not.toContain('<img');
    expect(s.headerTemplate).toContain('Q3 &lt;b&gt;review&lt;/b&gt;');
    expect(s.footerTemplate).toMatch(/<span class="pageNumber"><\/span> of <span class="totalPages"><\/span>/);
    // Chromium's header templates get no page CSS; without an explicit size the text is invisible.
    expect(s.headerTemplate).toMatch(/font-size:\s*8pt/);
  });
});

describe('exportFileName', () => {
  it.each([
    ['Korsa: the week in review', 'pdf', 'Korsa-the-week-in-review.pdf'],
    ['Порт Корса — обзор', 'md', 'Порт-Корса-обзор.md'],
    ['Café résumé', 'html', 'Café-résumé.html'],
    ['Дравония заявила', 'pdf', 'Дравония-заявила.pdf'],
    ['Войска', 'pdf', 'Войска.pdf'],
    ['../../etc/passwd', 'json', 'etc-passwd.json'],
    ['***', 'pdf', 'brief.pdf'],
  ] as const)('%s → %s', (title, format, expected) => {
    expect(exportFileName(title, format)).toBe(expected);
  });
});
