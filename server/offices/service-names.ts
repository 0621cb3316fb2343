/**
 * Reports label a service by the name it had at the time, not by today's: renaming "Hộ tịch" to
 * "Tư pháp – Hộ tịch" must not rewrite last year's reports. The office store keeps, per service, its
 * former names with the office-local date each was replaced on (or the service removed); the
 * reports look names up here by date.
 */
import type { OfficeConfig, Service } from '../../shared/schemas/office.js';
import { rl } from '../../shared/i18n/report-label-messages.js';

/** A name a service had until `until` (the office-local date it was replaced on, or the service removed). */
export interface FormerName {
  name: string;
  nameEn?: string;
  prefix: string;
  until: string;
}

/** service id → its former names, oldest first */
export type ServiceNames = Map<string, FormerName[]>;

export interface NameInForce {
  name: string;
  nameEn?: string;
  prefix: string;
}

const nameOf = (s: Service | FormerName): NameInForce => ({ name: s.name, prefix: s.prefix, ...(s.nameEn ? { nameEn: s.nameEn } : {}) });
const same = (a: NameInForce, b: NameInForce) => a.name === b.name && a.prefix === b.prefix && (a.nameEn ?? '') === (b.nameEn ?? '');

export function parseServiceNames(hash: Record<string, string>): ServiceNames {
  return new Map(Object.entries(hash).map(([id, json]) => [id, JSON.parse(json) as FormerName[]]));
}

/**
 * The histories a configuration change adds to: each service renamed (name, English name or prefix)
 * or removed gets its old name, replaced on `today`. A day is labelled by the name it ended with.
 */
export function renamedServices(before: OfficeConfig, after: OfficeConfig, names: ServiceNames, today: string): ServiceNames {
  const changed: ServiceNames = new Map();
  for (const old of before.services) {
    const now = after.services.find((s) => s.id === old.id);
    if (now && same(nameOf(old), nameOf(now))) continue;
    const history = names.get(old.id) ?? [];
    // renamed again the same day: the day keeps the name it ends with, the name before it stays recorded;
    // removed: its last name is kept whatever the day, for the reports of its past
    if (now && history.at(-1)?.until === today) continue;
    changed.set(old.id, [...history, { ...nameOf(old), until: today }]);
  }
  return changed;
}

/** The name a service had on `date` (it ended the day with): a former name, today's, or none known. */
export function serviceNameOn(config: OfficeConfig, names: ServiceNames, id: string, date: string): NameInForce | undefined {
  const former = (names.get(id) ?? []).find((f) => f.until > date);
  if (former) return nameOf(former);
  const current = config.services.find((s) => s.id === id);
  if (current) return nameOf(current);
  const last = names.get(id)?.at(-1); // removed since: its last name
  return last ? nameOf(last) : undefined;
}

const dmy = (date: string) => date.split('-').reverse().join('/');
const text = (n: NameInForce) => `${n.prefix} – ${n.name}`;

/**
 * A report row's label for a service over from..to: the name it had on the last day, and any other
 * name it had during the range with the date that name ended, e.g.
 * "A – Tư pháp – Hộ tịch (đến 04/11/2026: A – Hộ tịch)". A service never known: its id.
 */
export function serviceLabel(config: OfficeConfig, names: ServiceNames, id: string, from: string, to: string): string {
  const last = serviceNameOn(config, names, id, to);
  if (!last) return id;
  const earlier = (names.get(id) ?? []).filter((f) => f.until >= from && f.until <= to && !same(nameOf(f), last));
  return earlier.length ? `${text(last)} (${earlier.map((f) => rl('nameUntil', { until: dmy(f.until), name: text(f) }, 'vi')).join('; ')})` : text(last);
}
