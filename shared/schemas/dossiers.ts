/** Dossiers (hồ sơ) received at the one-stop desk: the routes' parameters and bodies, and the dossier report. */
import { z } from 'zod';
import { IsoDate, OfficeId, Text } from './common.js';

export const DossierParams = z.strictObject({ office: OfficeId, id: Text(60).min(1) });
export const ResolveDossierBody = z.strictObject({ date: IsoDate.optional() }).default({});
export const DossierListQuery = z.strictObject({
  status: z.enum(['in_progress', 'resolved', 'all']).default('in_progress'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export interface DossierReport {
  office: string;
  from: string;
  to: string;
  /** received (at the desk) in the range */
  received: number;
  /** of those received in the range, still in progress now */
  inProgress: number;
  /** resolved in the range (by resolution date) */
  resolved: number;
  early: number;
  onTime: number;
  late: number;
  earlyShare: number | null;
  onTimeShare: number | null;
  lateShare: number | null;
  byService: { key: string; label: string; received: number; resolved: number; early: number; onTime: number; late: number; inProgress: number }[];
}
