/** Routes for kiosks, boards and phones: no staff session, tickets authenticated by their token. */
import { OfficeParams, TicketParams } from '../../../shared/schemas/common.js';
import { ComplaintBody, RatingBody } from '../../../shared/schemas/feedback.js';
import { IssueTicketBody, TicketQuery, TokenBody } from '../../../shared/schemas/ticket.js';
import type { Context } from '../../context.js';
import { fileComplaint } from '../../feedback/file-complaint.js';
import { rateTicket } from '../../feedback/rate-ticket.js';
import { publicOffice } from '../../offices/public-office.js';
import { boardSnapshot } from '../../realtime/snapshots.js';
import { cancelTicket } from '../../tickets/cancel-ticket.js';
import { issueTicket } from '../../tickets/issue-ticket.js';
import { positionOf, ticketWithToken } from '../../tickets/ticket-reader.js';
import { citizenTicket } from '../../tickets/ticket-view.js';
import { parseTicketId } from '../../../shared/ticket-number.js';
import { issueRateLimit, rateLimit, type RateLimitSettings } from '../rate-limits.js';
import { parse } from '../../validate.js';
import type { GuardedRouter } from '../guarded-router.js';
import { PushFollowBody } from '../../../shared/schemas/push-subscription.js';
import { followByPush } from '../../notifications/push-subscriptions.js';
import { notFound } from '../../domain-error.js';

export function publicRoutes(g: GuardedRouter, ctx: Context, limits: RateLimitSettings): void {
  const read = rateLimit(ctx.redis, 'publicRead', limits.publicRead);
  const feedback = rateLimit(ctx.redis, 'feedback', limits.feedback);

  g.route('GET /offices/:office', read, async (req, res) => {
    const { office } = parse(OfficeParams, req.params, 'path');
    res.json(await publicOffice(ctx, office));
  });

  g.route('GET /offices/:office/board', read, async (req, res) => {
    const { office } = parse(OfficeParams, req.params, 'path');
    res.json(await boardSnapshot(ctx, office));
  });

  g.route(
    'POST /offices/:office/tickets',
    issueRateLimit(ctx.redis, limits.issue, async (req, res, budget) => {
      const { office } = parse(OfficeParams, req.params, 'path');
      const body = parse(IssueTicketBody, req.body, 'body');
      const { ticket, created } = await issueTicket(ctx, office, body, { device: req.device, address: req.ip ?? 'unknown' }, budget);
      res.status(created ? 201 : 200).json({ ticket });
    }),
  );

  g.route('GET /tickets/:id', read, async (req, res) => {
    const { id } = parse(TicketParams, req.params, 'path');
    const { token } = parse(TicketQuery, req.query, 'query');
    const t = await ticketWithToken(ctx, id, token);
    const { config } = await ctx.offices.get(parseTicketId(id)!.office);
    const position = await positionOf(ctx, config, t);
    res.json({ ticket: citizenTicket(t, position ?? {}) });
  });

  g.route('POST /tickets/:id/cancel', feedback, async (req, res) => {
    const { id } = parse(TicketParams, req.params, 'path');
    const { token } = parse(TokenBody, req.body, 'body');
    res.json({ ticket: await cancelTicket(ctx, id, { token }) });
  });

  g.route('POST /tickets/:id/rating', feedback, async (req, res) => {
    const { id } = parse(TicketParams, req.params, 'path');
    const body = parse(RatingBody, req.body, 'body');
    res.status(201).json({ rating: await rateTicket(ctx, id, body) });
  });

  g.route('POST /tickets/:id/push', feedback, async (req, res) => {
    const { id } = parse(TicketParams, req.params, 'path');
    const { token, subscription } = parse(PushFollowBody, req.body, 'body');
    await followByPush(ctx, id, token, subscription);
    res.status(204).end();
  });

  g.route('GET /push/key', read, (_req, res) => {
    if (!ctx.pushPublicKey) throw notFound('Web Push on this server');
    res.json({ key: ctx.pushPublicKey });
  });

  g.route('POST /offices/:office/complaints', feedback, async (req, res) => {
    const { office } = parse(OfficeParams, req.params, 'path');
    const body = parse(ComplaintBody, req.body, 'body');
    const complaint = await fileComplaint(ctx, office, body);
    res.status(201).json({ complaint: { id: complaint.id, status: complaint.status, createdAt: complaint.createdAt, dueAt: complaint.dueAt } });
  });
}
