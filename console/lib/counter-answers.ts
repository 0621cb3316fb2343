/** The officer's console: what the server's answer to a counter action says, in one line for the message bar. */
import { t, type ConsoleMessage } from '../../shared/i18n/console-messages.js';
import type { PublicOffice } from '../../shared/schemas/office.js';
import type { Ticket } from '../../shared/schemas/ticket.js';

export type CounterAction = 'call-next' | 'call' | 'recall' | 'start' | 'complete' | 'no-show' | 'transfer' | 'pause' | 'resume' | 'close';

export function describeAnswer(office: PublicOffice, action: CounterAction, res: unknown, body?: Record<string, unknown>): string {
  const ticket = (res as { ticket?: Ticket } | undefined)?.ticket;
  const n = { number: ticket?.number ?? '' };
  const simple: Partial<Record<CounterAction, ConsoleMessage>> = { pause: 'counterPausedMsg', resume: 'counterResumed', close: 'counterClosedMsg' };
  if (simple[action]) return t(simple[action]!);
  switch (action) {
    case 'call-next':
    case 'call': {
      const finished = (res as { finished?: Ticket | null } | undefined)?.finished;
      const done = finished ? `${t('finished', { number: finished.number })} · ` : '';
      return ticket ? done + t('called', n) : done + t('nobodyLeft');
    }
    case 'recall':
      return t('recalled', n);
    case 'start':
      return t('started', n);
    case 'complete':
      return t('finished', n);
    case 'no-show':
      return t('markedNoShow', n);
    case 'transfer':
      return t('transferred', { ...n, service: office.services.find((s) => s.id === body?.serviceId)?.name ?? '' });
    default:
      return '';
  }
}
