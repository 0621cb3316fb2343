/** sumRollups.lua: some fields of one office's rollups summed per period, read only (the province ranking). */
import { script } from './define.js';

export const sumRollups = script<{ fields: string[]; spans: number[] }, { sums: number[][] }>()('sumRollups', {
  keys: [],
  list: { name: 'rollups' },
});
