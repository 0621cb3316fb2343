/** rebuildMonth.lua: a month rollup rebuilt as the sum of its day rollups. */
import { script } from './define.js';

export const rebuildMonth = script<Record<string, never>, { fields: number }>()('rebuildMonth', {
  keys: ['monthAggregates'],
  list: { name: 'dayAggregates' },
});
