/** The province views (issue 13): supervisors and the deployment administrator, over their scope only. */
import { ProvinceReportParams, ProvinceReportQuery, RankingExportQuery, RankingQuery } from '../../../shared/schemas/ranking.js';
import { LiveWallQuery } from '../../../shared/schemas/supervision.js';
import type { Context } from '../../context.js';
import { liveWall } from '../../supervision/live-wall.js';
import { listProvinceReports, monthlyTitle, provinceReport } from '../../supervision/province-reports.js';
import { provinceRanking } from '../../supervision/ranking.js';
import { rankingFile, rankingFileName, ranksWholeProvince } from '../../supervision/ranking-export.js';
import { parse } from '../../validate.js';
import type { GuardedRouter } from '../guarded-router.js';
import { sendFile } from '../send-file.js';
import { currentUser } from '../staff-auth.js';

export function supervisionRoutes(g: GuardedRouter, ctx: Context): void {
  g.route('GET /supervision/live', async (req, res) => {
    const q = parse(LiveWallQuery, req.query, 'query');
    res.json(await liveWall(ctx, currentUser(req), q.group));
  });

  g.route('GET /supervision/ranking', async (req, res) => {
    const q = parse(RankingQuery, req.query, 'query');
    res.json(await provinceRanking(ctx, currentUser(req), q));
  });

  g.route('GET /supervision/ranking/export', async (req, res) => {
    const q = parse(RankingExportQuery, req.query, 'query');
    const user = currentUser(req);
    const report = await provinceRanking(ctx, user, q);
    sendFile(
      res,
      await rankingFile(report, q.format, q.lang, {
        name: rankingFileName(report, q.lang),
        wholeProvince: ranksWholeProvince(user, report),
        worstFirst: q.dir === 'worst',
      }),
    );
  });

  g.route('GET /supervision/reports', async (_req, res) => {
    res.json({ reports: await listProvinceReports(ctx) });
  });

  g.route('GET /supervision/reports/:id', async (req, res) => {
    const { id } = parse(ProvinceReportParams, req.params, 'path');
    const q = parse(ProvinceReportQuery, req.query, 'query');
    const user = currentUser(req);
    const report = await provinceReport(ctx, user, id, q);
    if (q.format === 'json') {
      res.json(report);
      return;
    }
    const title = monthlyTitle(report.month, q.lang);
    sendFile(
      res,
      await rankingFile(report, q.format, q.lang, {
        name: rankingFileName(report, q.lang),
        title,
        wholeProvince: ranksWholeProvince(user, report),
        worstFirst: q.dir === 'worst',
      }),
    );
  });
}
