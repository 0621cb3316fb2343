/** Administration: offices, accounts, devices, the audit trails. */
import { z } from 'zod';
import { UserBody } from '../../../shared/schemas/auth.js';
import { DeviceView } from '../../../shared/schemas/booking-responses.js';
import { OfficeParams } from '../../../shared/schemas/common.js';
import { ConfirmPairingBody, NewDeviceBody } from '../../../shared/schemas/device.js';
import { OfficeConfig as OfficeConfigBody } from '../../../shared/schemas/office.js';
import { AdminOfficeList, OfficeConfig } from '../../../shared/schemas/office-responses.js';
import { Account, AuditEntry } from '../../../shared/schemas/staff-responses.js';
import type { RouteKey } from '../../access/route-table.js';
import { PresetParams, UserParams } from '../routes/admin-routes.js';
import { DeviceParams, OfficeParams as DeviceOfficeParams } from '../routes/device-routes.js';
import type { RouteDoc } from './route-doc.js';

const ConfigAnswer = z.object({ config: OfficeConfig });
const UserAnswer = z.object({ user: Account });
const AUDIT = z.object({ entries: z.array(AuditEntry).describe('newest first, at most 500') });
const ACCOUNTS =
  'An office administrator manages only the accounts all of whose offices are its own; anything wider (another office, `offices: []`, a supervisor, widening itself) is 403 and changes nothing. New passwords: at least 10 characters, not the username, not a common password.';

export const ADMIN_DOCS = {
  'GET /admin/offices': {
    tag: 'Administration',
    summary: 'The offices this administrator manages',
    responses: {
      200: {
        description: 'office ids, and each with its names and group',
        body: AdminOfficeList,
        example: {
          offices: ['tay-mo', 'xuan-phuong'],
          directory: [
            { id: 'tay-mo', name: 'Bộ phận một cửa phường Tây Mỗ', shortName: 'Tây Mỗ', group: 'Quận Nam Từ Liêm (cũ)' },
            { id: 'xuan-phuong', name: 'Bộ phận một cửa phường Xuân Phương', group: 'Quận Nam Từ Liêm (cũ)' },
          ],
        },
      },
    },
  },
  'POST /admin/offices': {
    tag: 'Administration',
    summary: 'Create an office',
    description: 'A whole configuration.',
    body: OfficeConfigBody,
    errors: ['conflict'],
    responses: { 201: { description: 'the office as stored', body: ConfigAnswer } },
  },
  'GET /admin/offices/:office/config': {
    tag: 'Administration',
    summary: "An office's configuration",
    params: OfficeParams,
    responses: {
      200: {
        description: 'the configuration and its version',
        body: z.object({ config: OfficeConfig, version: z.string().describe('changes with every change of the configuration') }),
      },
    },
  },
  'PUT /admin/offices/:office/config': {
    tag: 'Administration',
    summary: "Change an office's configuration",
    description:
      'The whole configuration. Only the deployment administrator changes `group`; an office administrator sets a kiosk printer only at an address in PRINTER_NETWORKS on port 9100. Screens get `office.changed`.',
    params: OfficeParams,
    body: OfficeConfigBody,
    responses: { 200: { description: 'the configuration as stored', body: ConfigAnswer } },
  },
  'POST /admin/offices/:office/presets/:preset': {
    tag: 'Administration',
    summary: 'Apply an hours preset',
    description: '`realistic-hours` (office hours) or `all-day` (for trying the system at any hour).',
    params: PresetParams,
    responses: { 200: { description: 'the configuration as stored', body: ConfigAnswer } },
  },
  'GET /admin/offices/:office/devices': {
    tag: 'Administration',
    summary: "The office's devices",
    description: 'Paired or not, with the last heartbeat of the paired ones.',
    params: DeviceOfficeParams,
    responses: { 200: { description: 'the devices', body: z.object({ devices: z.array(DeviceView) }) } },
  },
  'POST /admin/offices/:office/devices': {
    tag: 'Administration',
    summary: 'Create a device',
    description: '`counter` for a tablet or a counter screen, none for a kiosk or board.',
    params: DeviceOfficeParams,
    body: NewDeviceBody,
    bodyExample: { kind: 'tablet', name: 'Máy tính bảng quầy 1', counter: '1' },
    errors: ['conflict'],
    responses: { 201: { description: 'the device, not paired yet', body: z.object({ device: DeviceView }) } },
  },
  'POST /admin/offices/:office/devices/:device/pair': {
    tag: 'Administration',
    summary: 'Confirm the pairing code a screen shows',
    description: 'Spaces, dashes and lower case are forgiven. The screen then collects its key.',
    params: DeviceParams,
    body: ConfirmPairingBody,
    bodyExample: { code: 'k7p x2m' },
    errors: ['pairing_code_unknown', 'pairing_kind_mismatch', 'conflict'],
    responses: { 200: { description: 'confirmed', body: z.object({ confirmed: z.literal(true) }) } },
  },
  'POST /admin/offices/:office/devices/:device/revoke': {
    tag: 'Administration',
    summary: "End a device's pairing",
    description: 'Its key stops working at once and its sockets close.',
    params: DeviceParams,
    responses: { 200: { description: 'revoked', body: z.object({ revoked: z.literal(true) }) } },
  },
  'DELETE /admin/offices/:office/devices/:device': {
    tag: 'Administration',
    summary: 'Delete a device',
    params: DeviceParams,
    responses: { 204: { description: 'deleted' } },
  },
  'GET /admin/offices/:office/audit': {
    tag: 'Administration',
    summary: "The office's audit trail",
    description:
      'Account and configuration changes with each field before and after (a password only as `passwordChanged`), and every other staff change as a `request`.',
    params: OfficeParams,
    responses: { 200: { description: 'the trail', body: AUDIT } },
  },
  'GET /admin/audit': {
    tag: 'Administration',
    summary: "The deployment's audit trail",
    description: 'Every account and configuration change, deployment-wide accounts included.',
    responses: { 200: { description: 'the trail', body: AUDIT } },
  },
  'GET /admin/users': {
    tag: 'Administration',
    summary: 'Accounts this administrator manages',
    responses: { 200: { description: 'the accounts', body: z.object({ users: z.array(Account) }) } },
  },
  'POST /admin/users': {
    tag: 'Administration',
    summary: 'Create an account',
    description: ACCOUNTS,
    body: UserBody,
    bodyExample: { username: 'an.nv', name: 'Nguyễn Văn An', role: 'officer', offices: ['tay-mo'], counters: [], password: 'mot-cua-tay-mo-2026' },
    errors: ['conflict'],
    responses: { 201: { description: 'the account', body: UserAnswer } },
  },
  'PUT /admin/users/:username': {
    tag: 'Administration',
    summary: 'Change an account',
    description: `${ACCOUNTS} Without \`password\` the password stays; the account's sessions end when anything changes.`,
    params: UserParams,
    body: UserBody,
    errors: ['not_found'],
    responses: { 200: { description: 'the account', body: UserAnswer } },
  },
  'DELETE /admin/users/:username': {
    tag: 'Administration',
    summary: 'Delete an account',
    description: 'Its sessions end.',
    params: UserParams,
    errors: ['not_found'],
    responses: { 204: { description: 'deleted' } },
  },
} satisfies Partial<Record<RouteKey, RouteDoc>>;
