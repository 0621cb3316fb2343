/** readOfficeToday.lua: one office's day rollup fields and waiting lines, read only (the live wall). */
import { script } from './define.js';

export const readOfficeToday = script<{ fields: string[] }, { fields: number[]; lines: [waiting: number, oldest: number][] }>()('readOfficeToday', {
  keys: ['aggregates'],
  list: { name: 'queues', fields: ['priority', 'normal'] },
});
