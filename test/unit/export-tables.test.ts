/** The shared table shape both report exports write: one row per item, each cell read by its column. */
import { describe, expect, it } from 'vitest';
import { figureTable, tableOf } from '../../server/reports/export-tables.js';

describe('tableOf', () => {
  it('keeps the columns without their readers and reads one row per item, in order', () => {
    const items = [
      { label: 'Tư pháp', received: 3, late: null },
      { label: 'Đất đai', received: 0, late: 2 },
    ];
    const t = tableOf<(typeof items)[number]>(
      'Hồ sơ',
      'Tình hình',
      [
        { header: 'Lĩnh vực', format: 'text', get: (r) => r.label },
        { header: 'Tiếp nhận', format: 'int', get: (r) => r.received },
        { header: 'Quá hạn', format: 'int', get: (r) => r.late },
      ],
      items,
    );
    expect(t).toEqual({
      name: 'Hồ sơ',
      title: 'Tình hình',
      columns: [
        { header: 'Lĩnh vực', format: 'text' },
        { header: 'Tiếp nhận', format: 'int' },
        { header: 'Quá hạn', format: 'int' },
      ],
      rows: [
        ['Tư pháp', 3, null],
        ['Đất đai', 0, 2],
      ],
    });
    expect(Object.keys(t.columns[0]!)).toEqual(['header', 'format']);
  });

  it('gives a table with no items its header and no rows', () => {
    expect(tableOf('T', 'T', [{ header: 'A', format: 'text', get: (x: string) => x }], []).rows).toEqual([]);
  });
});

describe('figureTable', () => {
  it('writes each figure as a label and a value under "Chỉ tiêu" and "Giá trị"', () => {
    expect(
      figureTable('Phản ánh', 'Phản ánh, kiến nghị', [
        ['Quá hạn', 4],
        ['Tỷ lệ (%)', null],
        ['Đơn vị', 'UBND'],
      ]),
    ).toEqual({
      name: 'Phản ánh',
      title: 'Phản ánh, kiến nghị',
      columns: [
        { header: 'Chỉ tiêu', format: 'text' },
        { header: 'Giá trị', format: 'number' },
      ],
      rows: [
        ['Quá hạn', 4],
        ['Tỷ lệ (%)', null],
        ['Đơn vị', 'UBND'],
      ],
    });
  });
});
