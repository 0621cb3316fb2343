/** Every setting is read from the environment in one place, server/settings.ts, and passed in from there. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_IDENTITY_SALT, readSettings } from '../../server/settings.js';

describe('settings', () => {
  it('reads the identity-hash salt from IDENTITY_SALT, with a default for the demo', () => {
    expect(readSettings({}).IDENTITY_SALT).toBe(DEFAULT_IDENTITY_SALT);
    expect(readSettings({ IDENTITY_SALT: 'phuong-tay-mo-2026' }).IDENTITY_SALT).toBe('phuong-tay-mo-2026');
    expect(() => readSettings({ IDENTITY_SALT: '' })).toThrow(/IDENTITY_SALT/);
  });

  it('reads NO_COLOR for the pretty log form', () => {
    expect(readSettings({}).NO_COLOR).toBeUndefined();
    expect(readSettings({ NO_COLOR: '1' }).NO_COLOR).toBe('1');
  });
});
