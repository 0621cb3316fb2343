/** updateComplaint-2.lua: assigns, answers, resolves or flags a complaint overdue. */
import type { StoredComplaint } from '../../complaints/complaint-store.js';
import { script } from './define.js';

export interface UpdateComplaintArgs {
  id: string;
  action: 'assign' | 'respond' | 'resolve' | 'overdue';
  who: string;
  now: number;
  streamMaxLen: number;
  /** with assign */
  assignee?: string;
  /** with respond */
  response?: string;
  /** with respond: resolves it too */
  resolve?: boolean;
  note?: string;
}

export const updateComplaint = script<UpdateComplaintArgs, { complaint: StoredComplaint; changed: boolean }>()('updateComplaint', {
  keys: ['complaints', 'events'],
});
