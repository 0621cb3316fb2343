/**
 * Links from the province page to an office's reports, each carrying the way back: the province
 * page's address as the supervisor left it (the tab, the period, the group), so "back" returns there
 * rather than to the live tab. English stays English.
 */
import { getLang } from '../../shared/i18n/translate.js';

const PROVINCE_PAGE = '/console/province.html';

/** An office's reports (over a ranking's period, on its reports tab), opened from the province page as it is now. */
export function officeReportsHref(office: string, range?: { from: string; to: string }): string {
  const back = encodeURIComponent(location.pathname + location.search + location.hash);
  const period = range ? `&from=${range.from}&to=${range.to}` : '';
  const lang = getLang() === 'en' ? '&lang=en' : '';
  return `/console/reports.html?office=${encodeURIComponent(office)}${period}${lang}&back=${back}${range ? '#reports' : ''}`;
}

/** Where the reports lead back to: the address they were opened from when it is the province page, else its first tab. */
export function provinceBackHref(back: string): string {
  return /^\/console\/province\.html(?:[?#][^\s"'<>]*)?$/.test(back) ? back : PROVINCE_PAGE;
}
