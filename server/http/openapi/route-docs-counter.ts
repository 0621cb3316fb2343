/** The officer's console: a signed-in officer (or administrator) holding a counter. */
import { z } from 'zod';
import { CounterParams } from '../../../shared/schemas/common.js';
import { CounterSnapshot } from '../../../shared/schemas/office-responses.js';
import { CallTicketBody, CompleteBody, EmptyBody, TransferBody } from '../../../shared/schemas/ticket.js';
import { Ticket } from '../../../shared/schemas/ticket-responses.js';
import type { RouteKey } from '../../access/route-table.js';
import { TICKET_ID } from './examples.js';
import type { RouteDoc } from './route-doc.js';

const TicketAnswer = z.object({ ticket: Ticket });
const CallAnswer = z.object({ ticket: Ticket, finished: Ticket.nullable().describe('the ticket the call finished (done), if the counter held one') });
const SNAPSHOT = { 200: { description: "the counter's new state, as the server holds it", body: CounterSnapshot } };

const counterState = (summary: string, description: string, errors: RouteDoc['errors'] = []) =>
  ({ tag: 'Counter', summary, description, params: CounterParams, body: EmptyBody, errors, responses: SNAPSHOT }) satisfies RouteDoc;

const currentTicket = (summary: string, description: string, errors: RouteDoc['errors']) =>
  ({
    tag: 'Counter',
    summary,
    description,
    params: CounterParams,
    body: EmptyBody,
    errors: ['counter_not_open', 'no_current_ticket', ...(errors ?? [])],
    responses: { 200: { description: 'the ticket', body: TicketAnswer } },
  }) satisfies RouteDoc;

export const COUNTER_DOCS = {
  'GET /offices/:office/counters/:counter': {
    tag: 'Counter',
    summary: "A counter's snapshot",
    description:
      "The counter, its current ticket (whole, with identity data if any), the first 200 waiting tickets of its services in call order, today's counts of the counter and of the officer holding it, and the server's clock. The console then follows the socket.io events.",
    params: CounterParams,
    responses: SNAPSHOT,
  },
  'POST /offices/:office/counters/:counter/open': counterState(
    'Take the counter',
    'The signed-in officer takes the counter; another officer holding it: 409 `counter_taken` with `values.holder`. An administrator takes it over.',
    ['counter_taken'],
  ),
  'POST /offices/:office/counters/:counter/close': counterState('Leave the counter', 'Refused while it still holds a ticket.', [
    'conflict',
    'counter_taken',
    'counter_not_open',
  ]),
  'POST /offices/:office/counters/:counter/pause': counterState('Pause the counter', 'A paused counter calls nobody.', ['counter_not_open', 'counter_taken']),
  'POST /offices/:office/counters/:counter/resume': counterState('Resume the counter', '', ['counter_not_open', 'counter_taken']),
  'POST /offices/:office/counters/:counter/call-next': {
    tag: 'Counter',
    summary: 'Call the next ticket',
    description:
      "Finishes the current ticket and calls the next: priority by the office policy (strict, or one priority ticket after every N others), then the oldest across the counter's services (their order breaks ties). 204 when nobody waits (`X-Finished-Ticket` names the ticket it finished, if any).",
    params: CounterParams,
    body: EmptyBody,
    errors: ['counter_not_open', 'counter_paused', 'counter_taken', 'day_closed'],
    responses: {
      200: { description: 'the ticket called, and the one finished', body: CallAnswer },
      204: { description: 'nobody waits', headers: { 'X-Finished-Ticket': 'the id of the ticket finished, or empty' } },
    },
  },
  'POST /offices/:office/counters/:counter/call': {
    tag: 'Counter',
    summary: 'Call a chosen waiting ticket',
    params: CounterParams,
    body: CallTicketBody,
    bodyExample: { ticketId: TICKET_ID },
    errors: ['counter_not_open', 'counter_paused', 'counter_taken', 'wrong_status', 'day_closed'],
    responses: { 200: { description: 'the ticket called, and the one finished', body: CallAnswer } },
  },
  'POST /offices/:office/counters/:counter/recall': currentTicket('Call the current ticket again', 'A new announcement on the boards.', [
    'wrong_status',
    'counter_taken',
  ]),
  'POST /offices/:office/counters/:counter/start': currentTicket('Start serving', 'called → serving', ['wrong_status', 'counter_taken']),
  'POST /offices/:office/counters/:counter/complete': {
    ...currentTicket(
      'Finish the current ticket',
      '→ done, with the dossier codes it served (`dossiers`, at most 20): a code with a `dueDate` the system does not know yet is received at the desk that day; one without waits for its dates from the one-stop software (tag Dossiers). The body of before, `dossier { code, dueDate, title? }`, is still taken.',
      ['counter_taken'],
    ),
    body: CompleteBody,
    bodyExample: { dossiers: ['H26.22-261120-0042', { code: 'H26.22-261125-0001', dueDate: '2026-12-02', title: 'Chứng thực bản sao' }] },
  },
  'POST /offices/:office/counters/:counter/no-show': currentTicket('Mark the current ticket absent', 'called → no_show', ['wrong_status', 'counter_taken']),
  'POST /offices/:office/counters/:counter/transfer': {
    ...currentTicket('Send the current ticket to another service', 'Back to waiting in another service, with the same number.', ['counter_taken']),
    body: TransferBody,
    bodyExample: { serviceId: 'chung-thuc' },
  },
} satisfies Partial<Record<RouteKey, RouteDoc>>;
