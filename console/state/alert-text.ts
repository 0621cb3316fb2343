/** The sentence of a report alert, worded on the page from its kind and values: the server sends no sentences. */
import type { AlertKind, AlertValues } from '../../shared/events.js';
import { t } from '../../shared/i18n/reports-messages.js';
import type { Lang } from '../../shared/i18n/translate.js';

const dmy = (date: string) => date.split('-').reverse().join('/');

export function alertText(kind: AlertKind, ref: string, values: AlertValues, lang?: Lang): string {
  if (kind === 'long_wait') return t('alertLongWait', values, lang);
  if (kind === 'complaint_new') return t('alertComplaintNew', { ref }, lang);
  return values.due ? t('alertComplaintOverdueDue', { ref, due: dmy(String(values.due)) }, lang) : t('alertComplaintOverdue', { ref }, lang);
}
