/** The province views (issue 13): supervisors and the deployment administrator, over their scope only. */
import type { Router } from 'express';
import { RankingQuery } from '../../../shared/schemas/ranking.js';
import { LiveWallQuery } from '../../../shared/schemas/supervision.js';
import type { Context } from '../../context.js';
import { liveWall } from '../../supervision/live-wall.js';
import { provinceRanking } from '../../supervision/ranking.js';
import { parse } from '../../validate.js';
import { guardedRouter } from '../guarded-router.js';
import { currentUser } from '../staff-auth.js';

export function supervisionRoutes(ctx: Context): Router {
  const g = guardedRouter();
  g.route('GET /supervision/live', async (req, res) => {
    const q = parse(LiveWallQuery, req.query, 'query');
    res.json(await liveWall(ctx, currentUser(req), q.group));
  });

  g.route('GET /supervision/ranking', async (req, res) => {
    const q = parse(RankingQuery, req.query, 'query');
    res.json(await provinceRanking(ctx, currentUser(req), q));
  });
  return g.router;
}
