/**
 * The QR code of a chip ID card (CCCD): `id|old id|name|ddmmyyyy birth|sex|address|ddmmyyyy issued`
 * (sometimes more fields). Only what the officer needs is kept, masked: the last four digits,
 * the name, birth date, sex and address, plus a salted hash to match repeat visits. Never
 * the full number, never an image (Decree 356/2025/NĐ-CP); removed at day close.
 */
import { createHash } from 'node:crypto';
import type { CitizenIdentity } from '../../shared/schemas/ticket.js';
import { invalid } from '../domain-error.js';

export interface ParsedCccd {
  id: string;
  name: string;
  birthDate: string;
  sex: string;
  address: string;
}

const ddmmyyyy = (v: string) => (/^\d{8}$/.test(v) ? `${v.slice(4)}-${v.slice(2, 4)}-${v.slice(0, 2)}` : '');

export function parseCccd(raw: string): ParsedCccd {
  const fields = raw.trim().split('|');
  const [id, , name, birth, sex, address] = fields;
  if (fields.length < 6 || !/^\d{12}$/.test(id ?? '') || !name || !ddmmyyyy(birth ?? '')) {
    throw invalid('cccd', 'not a chip ID card QR code (expected 12-digit id|old id|name|ddmmyyyy|sex|address|…)');
  }
  return { id: id!, name: name.trim(), birthDate: ddmmyyyy(birth!), sex: (sex ?? '').trim(), address: (address ?? '').trim() };
}

export function identityFromCccd(raw: string, salt: string): CitizenIdentity & { idHash: string } {
  const c = parseCccd(raw);
  return {
    idLast4: c.id.slice(-4),
    idHash: createHash('sha256').update(`${salt}:${c.id}`).digest('base64url').slice(0, 22),
    name: c.name,
    birthDate: c.birthDate,
    sex: c.sex,
    address: c.address,
  };
}
