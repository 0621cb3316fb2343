/** Officer actions on a counter: the officer must be signed in and hold the counter. */
import { Router } from 'express';
import { z } from 'zod';
import { CounterParams } from '../../../shared/schemas/common.js';
import { CallTicketBody, CompleteBody, EmptyBody, TransferBody } from '../../../shared/schemas/ticket.js';
import type { Context } from '../../context.js';
import { counterSnapshot } from '../../realtime/snapshots.js';
import { assertMayUseCounter, callTicket, setCounterState, type CounterStateAction } from '../../tickets/counter-actions.js';
import { completeTicket, markNoShow, recallTicket, startService, transferTicket } from '../../tickets/current-ticket-actions.js';
import { currentUser, requireRole } from '../staff-auth.js';
import { parse } from '../validate.js';

const StateAction = z.enum(['open', 'close', 'pause', 'resume']);

export function counterRoutes(ctx: Context): Router {
  const r = Router();
  const staff = requireRole('officer', 'admin');
  const base = '/offices/:office/counters/:counter';

  r.get(base, staff, async (req, res) => {
    const { office, counter } = parse(CounterParams, req.params, 'path');
    assertMayUseCounter(currentUser(req), office, counter);
    res.json(await counterSnapshot(ctx, office, counter));
  });

  for (const action of StateAction.options) {
    r.post(`${base}/${action}`, staff, async (req, res) => {
      const { office, counter } = parse(CounterParams, req.params, 'path');
      parse(EmptyBody, req.body, 'body');
      await setCounterState(ctx, office, counter, currentUser(req), action as CounterStateAction);
      res.json(await counterSnapshot(ctx, office, counter));
    });
  }

  r.post(`${base}/call-next`, staff, async (req, res) => {
    const { office, counter } = parse(CounterParams, req.params, 'path');
    parse(EmptyBody, req.body, 'body');
    const { ticket, finished } = await callTicket(ctx, office, counter, currentUser(req));
    if (!ticket) {
      res.status(204).set('X-Finished-Ticket', finished?.id ?? '').end();
      return;
    }
    res.json({ ticket, finished });
  });

  r.post(`${base}/call`, staff, async (req, res) => {
    const { office, counter } = parse(CounterParams, req.params, 'path');
    const { ticketId } = parse(CallTicketBody, req.body, 'body');
    const { ticket, finished } = await callTicket(ctx, office, counter, currentUser(req), ticketId);
    res.json({ ticket, finished });
  });

  r.post(`${base}/recall`, staff, async (req, res) => {
    const { office, counter } = parse(CounterParams, req.params, 'path');
    parse(EmptyBody, req.body, 'body');
    res.json({ ticket: await recallTicket(ctx, office, counter, currentUser(req)) });
  });

  r.post(`${base}/start`, staff, async (req, res) => {
    const { office, counter } = parse(CounterParams, req.params, 'path');
    parse(EmptyBody, req.body, 'body');
    res.json({ ticket: await startService(ctx, office, counter, currentUser(req)) });
  });

  r.post(`${base}/complete`, staff, async (req, res) => {
    const { office, counter } = parse(CounterParams, req.params, 'path');
    const body = parse(CompleteBody, req.body, 'body');
    res.json({ ticket: await completeTicket(ctx, office, counter, currentUser(req), body.dossier) });
  });

  r.post(`${base}/no-show`, staff, async (req, res) => {
    const { office, counter } = parse(CounterParams, req.params, 'path');
    parse(EmptyBody, req.body, 'body');
    res.json({ ticket: await markNoShow(ctx, office, counter, currentUser(req)) });
  });

  r.post(`${base}/transfer`, staff, async (req, res) => {
    const { office, counter } = parse(CounterParams, req.params, 'path');
    const { serviceId } = parse(TransferBody, req.body, 'body');
    res.json({ ticket: await transferTicket(ctx, office, counter, currentUser(req), serviceId) });
  });

  return r;
}
