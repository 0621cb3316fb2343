/** Report alerts come from the server as a kind and values; the page words them in Vietnamese or English. */
import { describe, expect, it } from 'vitest';
import { alertText } from '../../console/state/alert-text.js';

describe('alert text', () => {
  it('words a long wait from its values', () => {
    const values = { service: 'Chứng thực', waiting: 3, targetMinutes: 15, longestMinutes: 42 };
    expect(alertText('long_wait', 'chung-thuc', values, 'vi')).toBe('Chứng thực: 3 công dân đã chờ quá 15 phút (lâu nhất 42 phút)');
    expect(alertText('long_wait', 'chung-thuc', values, 'en')).toBe('Chứng thực: 3 citizens have waited over 15 min (longest 42 min)');
  });

  it('words an overdue complaint, with its due date when the deadline job sends one', () => {
    expect(alertText('complaint_overdue', 'PA-7', {}, 'vi')).toBe('Phản ánh PA-7 đã quá hạn xử lý');
    expect(alertText('complaint_overdue', 'PA-7', { due: '2026-12-02' }, 'vi')).toBe('Phản ánh PA-7 đã quá hạn xử lý (hạn 02/12/2026) mà chưa được giải quyết');
    expect(alertText('complaint_overdue', 'PA-7', { due: '2026-12-02' }, 'en')).toBe('Complaint PA-7 is overdue (due 02/12/2026) and not yet resolved');
  });
});
