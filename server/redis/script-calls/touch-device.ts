/** touchDevice-2.lua: records a paired device's presence, only while it is still paired. */
import { script } from './define.js';

export const touchDevice = script<{ device: string; lastSeen: number; connected: boolean }, { ok: boolean }>()('touchDevice', {
  keys: ['deviceKeys', 'presence'],
});
