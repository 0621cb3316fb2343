/**
 * Real answers of every route validate against the API description the app serves: each route is
 * driven with requests that succeed (every success status it describes), then refused every way it
 * can be (sign-in, roles, CSRF, pairing, malformed input). A route whose answer drifts from its
 * description, in status, media type or body, fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteKey } from '../../server/access/route-table.js';
import { ROUTE_DOCS } from '../../server/http/openapi/route-docs.js';
import { driveBookings, driveCitizens, driveCounter, type IssuedTicket } from './drive-hall.js';
import { driveProvince } from './drive-province.js';
import { driveRefusals } from './drive-refusals.js';
import { driveDossiers } from './drive-dossiers.js';
import { driveAdministration, driveComplaints, driveReports, driveSessionsAndOperations } from './drive-staff.js';
import { driveWebhooks } from './drive-webhooks.js';
import { startDescribedOffice, type DescribedOffice } from './openapi-office.js';

describe('real answers of every route match the API description', () => {
  let o: DescribedOffice;
  let complaint = '';
  let served: IssuedTicket;
  beforeAll(async () => {
    o = await startDescribedOffice();
  }, 60_000);
  afterAll(async () => o?.close());
  const matched = () => expect(o.api.takeProblems().join('\n')).toBe('');

  it('kiosk, board and phone', async () => {
    complaint = (await driveCitizens(o)).complaint;
    matched();
  });

  it('the counter console, its rating tablet, a rating from the phone', async () => {
    served = (await driveCounter(o)).served;
    matched();
  });

  it('bookings from a phone, check-in at the kiosk', async () => {
    await driveBookings(o);
    matched();
  });

  it('reports, exports and self-inspection', async () => {
    await driveReports(o);
    matched();
  }, 60_000);

  it('complaints', async () => {
    await driveComplaints(o, complaint);
    matched();
  });

  it("dossiers: codes on tickets, their visits, the one-stop software's imports and pushes, the trace from a complaint", async () => {
    await driveDossiers(o, served);
    matched();
  });

  it("an office's webhooks: endpoints, a dead letter, its resend", async () => {
    await driveWebhooks(o);
    matched();
  });

  it('the province: the ranking, its files, the monthly reports', async () => {
    await driveProvince(o);
    matched();
  }, 60_000);

  it('administration, devices, accounts and the province', async () => {
    await driveAdministration(o);
    matched();
  });

  it('sessions and operations', async () => {
    await driveSessionsAndOperations(o);
    matched();
  });

  it('refusals on every route: sign-in, pairing, CSRF, roles, malformed input', async () => {
    await driveRefusals(o);
    matched();
  }, 60_000);

  it('every route gave each answer it describes', () => {
    const missing: string[] = [];
    for (const key of Object.keys(ROUTE_DOCS) as RouteKey[]) {
      for (const status of Object.keys(ROUTE_DOCS[key].responses)) if (!o.api.seen.get(key)?.has(Number(status))) missing.push(`${key} → ${status}`);
    }
    expect(missing).toEqual([]);
  });
});
