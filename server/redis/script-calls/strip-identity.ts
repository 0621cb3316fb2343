/** stripIdentity-1.lua: removes the identity data from every ticket of a closed day. */
import { script } from './define.js';

export const stripIdentity = script<{ office: string; date: string }, { stripped: number }>()('stripIdentity', {
  keys: ['tickets'],
});
