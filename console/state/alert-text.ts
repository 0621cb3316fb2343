/** The sentence of a report alert, worded on the page from its kind and values: the server sends no sentences. */
import type { AlertKind, AlertValues } from '../../shared/events.js';
import type { LiveAlert } from '../../shared/schemas/live-report.js';
import { t } from '../../shared/i18n/reports-messages.js';
import type { Lang } from '../../shared/i18n/translate.js';

const dmy = (date: string) => date.split('-').reverse().join('/');

export function alertText(kind: AlertKind | LiveAlert['kind'], ref: string, values: AlertValues, lang?: Lang): string {
  if (kind === 'long_wait') return t('alertLongWait', values, lang);
  if (kind === 'counter_paused') return t('alertCounterPaused', values, lang);
  if (kind === 'screen_offline') return t('alertScreenOffline', values, lang);
  if (kind === 'complaint_new') return t('alertComplaintNew', { ref }, lang);
  return values.due ? t('alertComplaintOverdueDue', { ref, due: dmy(String(values.due)) }, lang) : t('alertComplaintOverdue', { ref }, lang);
}
