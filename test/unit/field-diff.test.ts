import { describe, expect, it } from 'vitest';
import { fieldChanges } from '../../server/audit/field-diff.js';

describe('field changes for the audit trail', () => {
  const config = {
    name: 'UBND phường Tây Mỗ',
    notices: ['Giữ trật tự'],
    services: [
      { id: 'tu-phap', name: 'Tư pháp', dailyLimit: 200, hours: [{ from: '07:30', to: '11:15' }] },
      { id: 'chung-thuc', name: 'Chứng thực', dailyLimit: 300, hours: [{ from: '07:30', to: '11:15' }] },
    ],
    theme: { primary: '#b3261e' },
  };

  it('finds nothing in an unchanged record', () => {
    expect(fieldChanges(config, structuredClone(config))).toEqual([]);
  });

  it('names each changed field by its path, records of a list by their id, with before and after', () => {
    const after = structuredClone(config);
    after.services[0]!.dailyLimit = 150;
    after.services[1]!.hours = [{ from: '13:30', to: '16:30' }];
    after.notices.push('Thứ Tư không viết');
    after.theme.primary = '#000000';
    expect(fieldChanges(config, after)).toEqual([
      { field: 'notices', before: ['Giữ trật tự'], after: ['Giữ trật tự', 'Thứ Tư không viết'] },
      { field: 'services[tu-phap].dailyLimit', before: 200, after: 150 },
      { field: 'services[chung-thuc].hours', before: [{ from: '07:30', to: '11:15' }], after: [{ from: '13:30', to: '16:30' }] },
      { field: 'theme.primary', before: '#b3261e', after: '#000000' },
    ]);
  });

  it('records added and removed fields and list records', () => {
    const after = {
      ...structuredClone(config),
      shortName: 'Tây Mỗ',
      services: [{ id: 'dat-dai', name: 'Đất đai', dailyLimit: 80, hours: [] }, structuredClone(config.services[0]!)],
    };
    delete (after as Partial<typeof config>).theme;
    expect(fieldChanges(config, after)).toEqual([
      { field: 'services[chung-thuc]', before: config.services[1] },
      { field: 'services[dat-dai]', after: after.services[0] },
      { field: 'theme', before: { primary: '#b3261e' } },
      { field: 'shortName', after: 'Tây Mỗ' },
    ]);
  });

  it('records a new order of a list of records (the kiosk shows services in that order)', () => {
    const after = { ...structuredClone(config), services: [structuredClone(config.services[1]!), structuredClone(config.services[0]!)] };
    expect(fieldChanges(config, after)).toEqual([{ field: 'services (order)', before: ['tu-phap', 'chung-thuc'], after: ['chung-thuc', 'tu-phap'] }]);
  });
});
