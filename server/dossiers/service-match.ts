/**
 * Which of the office's services a dossier of the one-stop software belongs to, from the text of its
 * "Lĩnh vực" (or "Tên thủ tục") column or the API's `service`: the import's own mapping first, then
 * a service id, a service's name (Vietnamese or English, case and spacing aside), then the one
 * service whose name has it as a part ("Hộ tịch" is a part of "Tư pháp – Hộ tịch"). docs/dossiers.md.
 */
import type { Service } from '../../shared/schemas/office.js';
import { invalid } from '../domain-error.js';

const normal = (s: string) =>
  s
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
const parts = (name: string) => normal(name).split(/\s*[-,/;]\s*/);

export type ServiceMatcher = (text: string) => string | undefined;

export function serviceMatcher(services: Pick<Service, 'id' | 'name' | 'nameEn'>[], mapping: Record<string, string> = {}): ServiceMatcher {
  const ids = new Set(services.map((s) => s.id));
  const mapped = new Map<string, string>();
  for (const [name, id] of Object.entries(mapping)) {
    if (!ids.has(id)) throw invalid('services', `the mapping names a service this office does not have: ${id}`);
    mapped.set(normal(name), id);
  }
  const byName = new Map<string, string>();
  for (const s of services) for (const n of [s.name, s.nameEn]) if (n) byName.set(normal(n), s.id);
  return (text) => {
    const t = normal(text);
    if (!t) return undefined;
    const direct = mapped.get(t) ?? (ids.has(t) ? t : undefined) ?? byName.get(t);
    if (direct) return direct;
    const holders = services.filter((s) => [s.name, s.nameEn].some((n) => n && parts(n).includes(t)));
    return holders.length === 1 ? holders[0]!.id : undefined;
  };
}
