/**
 * The description of every route, one entry per key of the access table: a route without one does
 * not compile. A new route's entry goes into the file of its area (or a new one, spread here).
 */
import type { RouteKey } from '../../access/route-table.js';
import type { RouteDoc } from './route-doc.js';
import { ADMIN_DOCS } from './route-docs-admin.js';
import { BOOKING_DOCS } from './route-docs-bookings.js';
import { CITIZEN_DOCS } from './route-docs-citizens.js';
import { COMPLAINT_DOCS } from './route-docs-complaints.js';
import { COUNTER_DOCS } from './route-docs-counter.js';
import { DOSSIER_DOCS } from './route-docs-dossiers.js';
import { OPERATION_DOCS } from './route-docs-operations.js';
import { PROVINCE_DOCS } from './route-docs-province.js';
import { REPORT_DOCS } from './route-docs-reports.js';
import { WEBHOOK_DOCS } from './route-docs-webhooks.js';

export const ROUTE_DOCS: Record<RouteKey, RouteDoc> = {
  ...CITIZEN_DOCS,
  ...BOOKING_DOCS,
  ...COUNTER_DOCS,
  ...REPORT_DOCS,
  ...PROVINCE_DOCS,
  ...COMPLAINT_DOCS,
  ...DOSSIER_DOCS,
  ...ADMIN_DOCS,
  ...WEBHOOK_DOCS,
  ...OPERATION_DOCS,
};
