/** Routes for kiosk devices and counter rating tablets: no staff session, no ticket tokens exposed. */
import { z } from 'zod';
import { CounterParams, OfficeId, TicketIdParam, Token } from '../../../shared/schemas/common.js';
import { TabletRatingBody } from '../../../shared/schemas/feedback.js';
import type { Context } from '../../context.js';
import { rateFromTablet } from '../../feedback/tablet-rating.js';
import { kioskInfo, printTicket } from '../../printing/print-ticket.js';
import { rateLimit, type RateLimitSettings } from '../rate-limits.js';
import { parse } from '../../validate.js';
import type { GuardedRouter } from '../guarded-router.js';

export const KioskParams = z.strictObject({ office: OfficeId, kiosk: z.string().regex(/^[a-z0-9-]{1,32}$/, 'kiosk id') });
export const PrintBody = z.strictObject({ ticketId: TicketIdParam, token: Token });

export function kioskRoutes(g: GuardedRouter, ctx: Context, limits: RateLimitSettings): void {
  const read = rateLimit(ctx.redis, 'publicRead', limits.publicRead);
  const issue = rateLimit(ctx.redis, 'issue', limits.issue);
  const feedback = rateLimit(ctx.redis, 'feedback', limits.feedback);

  g.route('GET /offices/:office/kiosks/:kiosk', read, async (req, res) => {
    const { office, kiosk } = parse(KioskParams, req.params, 'path');
    res.json({ kiosk: await kioskInfo(ctx, office, kiosk) });
  });

  g.route('POST /offices/:office/kiosks/:kiosk/print', issue, async (req, res) => {
    const { office, kiosk } = parse(KioskParams, req.params, 'path');
    const { ticketId, token } = parse(PrintBody, req.body, 'body');
    res.json({ printed: await printTicket(ctx, office, kiosk, ticketId, token) });
  });

  g.route('POST /offices/:office/counters/:counter/tablet-rating', feedback, async (req, res) => {
    const { office, counter } = parse(CounterParams, req.params, 'path');
    const body = parse(TabletRatingBody, req.body, 'body');
    res.status(201).json({ rating: await rateFromTablet(ctx, office, counter, body) });
  });
}
