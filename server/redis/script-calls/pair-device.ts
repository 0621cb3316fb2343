/** pairDevice-2.lua: stores a paired device's key hash, if the device still exists. */
import { script } from './define.js';

export const pairDevice = script<{ device: string; hash: string; pairedAt: number; pairedBy: string }, { ok: true }>()('pairDevice', {
  keys: ['records', 'deviceKeys'],
});
