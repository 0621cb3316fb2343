/** The way back from an office's reports to the province page: only ever to the province page. */
import { describe, expect, it } from 'vitest';
import { provinceBackHref } from '../../console/lib/province-links.js';

describe('the way back to the province page', () => {
  it('returns to the province page as it was left', () => {
    expect(provinceBackHref('/console/province.html?period=thisYear&sort=issued#ranking')).toBe('/console/province.html?period=thisYear&sort=issued#ranking');
    expect(provinceBackHref('/console/province.html#live')).toBe('/console/province.html#live');
  });

  it('never leads anywhere else', () => {
    for (const elsewhere of [
      '',
      'https://example.com/',
      '//example.com/console/province.html',
      '/console/province.html.example.com',
      'javascript:alert(1)',
      '/console/admin.html',
      '/console/province.html?"><script>',
    ])
      expect(provinceBackHref(elsewhere), elsewhere).toBe('/console/province.html');
  });
});
