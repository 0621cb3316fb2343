/** Officer actions on a counter: the officer must be signed in and hold the counter. */
import { z } from 'zod';
import { CounterParams } from '../../../shared/schemas/common.js';
import { CallTicketBody, CompleteBody, EmptyBody, TransferBody } from '../../../shared/schemas/ticket.js';
import type { Context } from '../../context.js';
import { counterSnapshot } from '../../realtime/snapshots.js';
import { assertMayUseCounter, callTicket, setCounterState, type CounterStateAction } from '../../tickets/counter-actions.js';
import { completeTicket, markNoShow, recallTicket, startService, transferTicket } from '../../tickets/current-ticket-actions.js';
import type { RequestHandler } from 'express';
import type { RouteKey } from '../../access/route-table.js';
import { recordedInEventLog } from '../audit-log.js';
import { currentUser } from '../staff-auth.js';
import { parse } from '../../validate.js';
import type { GuardedRouter } from '../guarded-router.js';

const StateAction = z.enum(['open', 'close', 'pause', 'resume']);

export function counterRoutes(g: GuardedRouter, ctx: Context): void {
  const action = (key: RouteKey, handler: RequestHandler) => g.route(key, recordedInEventLog, handler);

  g.route('GET /offices/:office/counters/:counter', async (req, res) => {
    const { office, counter } = parse(CounterParams, req.params, 'path');
    assertMayUseCounter(currentUser(req), office, counter);
    res.json(await counterSnapshot(ctx, office, counter));
  });

  for (const state of StateAction.options) {
    action(`POST /offices/:office/counters/:counter/${state}`, async (req, res) => {
      const { office, counter } = parse(CounterParams, req.params, 'path');
      parse(EmptyBody, req.body, 'body');
      await setCounterState(ctx, office, counter, currentUser(req), state as CounterStateAction);
      res.json(await counterSnapshot(ctx, office, counter));
    });
  }

  action('POST /offices/:office/counters/:counter/call-next', async (req, res) => {
    const { office, counter } = parse(CounterParams, req.params, 'path');
    parse(EmptyBody, req.body, 'body');
    const { ticket, finished } = await callTicket(ctx, office, counter, currentUser(req));
    if (!ticket) {
      res
        .status(204)
        .set('X-Finished-Ticket', finished?.id ?? '')
        .end();
      return;
    }
    res.json({ ticket, finished });
  });

  action('POST /offices/:office/counters/:counter/call', async (req, res) => {
    const { office, counter } = parse(CounterParams, req.params, 'path');
    const { ticketId } = parse(CallTicketBody, req.body, 'body');
    const { ticket, finished } = await callTicket(ctx, office, counter, currentUser(req), ticketId);
    res.json({ ticket, finished });
  });

  action('POST /offices/:office/counters/:counter/recall', async (req, res) => {
    const { office, counter } = parse(CounterParams, req.params, 'path');
    parse(EmptyBody, req.body, 'body');
    res.json({ ticket: await recallTicket(ctx, office, counter, currentUser(req)) });
  });

  action('POST /offices/:office/counters/:counter/start', async (req, res) => {
    const { office, counter } = parse(CounterParams, req.params, 'path');
    parse(EmptyBody, req.body, 'body');
    res.json({ ticket: await startService(ctx, office, counter, currentUser(req)) });
  });

  action('POST /offices/:office/counters/:counter/complete', async (req, res) => {
    const { office, counter } = parse(CounterParams, req.params, 'path');
    const body = parse(CompleteBody, req.body, 'body');
    res.json({ ticket: await completeTicket(ctx, office, counter, currentUser(req), body.dossiers ?? (body.dossier ? [body.dossier] : [])) });
  });

  action('POST /offices/:office/counters/:counter/no-show', async (req, res) => {
    const { office, counter } = parse(CounterParams, req.params, 'path');
    parse(EmptyBody, req.body, 'body');
    res.json({ ticket: await markNoShow(ctx, office, counter, currentUser(req)) });
  });

  action('POST /offices/:office/counters/:counter/transfer', async (req, res) => {
    const { office, counter } = parse(CounterParams, req.params, 'path');
    const { serviceId } = parse(TransferBody, req.body, 'body');
    res.json({ ticket: await transferTicket(ctx, office, counter, currentUser(req), serviceId) });
  });
}
