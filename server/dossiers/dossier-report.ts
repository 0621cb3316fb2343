/**
 * The dossier report a one-stop office sends its district: received, resolved, still in progress,
 * and resolved before, on and after the deadline as shares of those resolved. Read from rollups:
 * `dosIn` on the receipt day, `dosDone` on the receipt day when resolved, `dosEarly|dosOnTime|dosLate`
 * on the resolution day.
 */
import type { DossierReport } from '../../shared/schemas/dossiers.js';
import { dimsWithPrefix, sumDim } from '../reports/rollup-reader.js';
import { reportServiceLabel, type ReportData } from '../reports/report-builder.js';

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** The dossier figures of one set of summed rollup metrics (the province ranking reads them too). */
export function dossierCounts(m: Map<string, number>) {
  const g = (k: string) => m.get(k) ?? 0;
  const early = g('dosEarly');
  const onTime = g('dosOnTime');
  const late = g('dosLate');
  return { received: g('dosIn'), inProgress: g('dosIn') - g('dosDone'), resolved: early + onTime + late, early, onTime, late };
}

export function dossierReport(data: ReportData): DossierReport {
  const total = dossierCounts(sumDim(data.days, 'all'));
  const ids = [...new Set([...data.config.services.map((s) => s.id), ...dimsWithPrefix(data.days, 'svc:').map((d) => d.slice(4))])];
  const byService = ids
    .map((id) => ({ key: id, label: reportServiceLabel(data, id), ...dossierCounts(sumDim(data.days, `svc:${id}`)) }))
    .filter((r) => r.received || r.resolved || r.inProgress);
  return {
    office: data.office,
    from: data.from,
    to: data.to,
    ...total,
    earlyShare: share(total.early, total.resolved),
    onTimeShare: share(total.onTime, total.resolved),
    lateShare: share(total.late, total.resolved),
    byService,
  };
}
