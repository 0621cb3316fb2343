import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../shared/errors.js';
import { errorMessage } from '../../shared/i18n/error-messages.js';

describe('error messages from the catalogue', () => {
  it('words every error code in Vietnamese and in English', () => {
    for (const code of Object.values(ErrorCode)) {
      expect(errorMessage(code, {}, 'vi'), code).toMatch(/\S/);
      expect(errorMessage(code, {}, 'en'), code).toMatch(/\S/);
      expect(errorMessage(code, {}, 'vi')).not.toBe(errorMessage(code, {}, 'en'));
    }
  });

  it('puts the values into the text, in the language of the screen', () => {
    expect(errorMessage('counter_taken', { holder: 'Nguyễn Văn An' }, 'vi')).toBe('Quầy đang do cán bộ Nguyễn Văn An làm việc');
    expect(errorMessage('counter_taken', { holder: 'Nguyễn Văn An' }, 'en')).toBe('This counter is held by Nguyễn Văn An');
    expect(errorMessage('counter_taken', {}, 'vi')).toBe('Quầy đang do cán bộ khác làm việc');
    expect(errorMessage('validation_failed', { fields: 'services' }, 'vi')).toBe('Dữ liệu chưa hợp lệ: services');
    expect(errorMessage('outside_hours', { reason: 'past_closing' }, 'vi')).toBe('Thời gian chờ sẽ quá giờ làm việc: hôm nay không cấp thêm số trực tuyến');
    expect(errorMessage('outside_hours', { reason: 'outside_window' }, 'vi')).toBe('Ngoài giờ cấp số trực tuyến của đơn vị');
    expect(errorMessage('outside_hours', {}, 'vi')).toBe('Ngoài giờ lấy số của lĩnh vực này');
  });

  it('words a code it does not know without the server sentence', () => {
    expect(errorMessage('something_new', {}, 'vi')).toBe('Máy chủ từ chối yêu cầu (mã something_new)');
  });
});
