/** fileComplaint-6.lua: records a complaint with its deadline. */
import type { Complaint } from '../../../shared/schemas/feedback.js';
import { script } from './define.js';

export interface FileComplaintArgs {
  complaint: Omit<Complaint, 'id'>;
  now: number;
  streamMaxLen: number;
  /** the office-local date as yyyymmdd, in the complaint's id */
  idDate: string;
}

export const fileComplaint = script<FileComplaintArgs, { complaint: Complaint }>()('fileComplaint', {
  keys: ['complaints', 'complaintIndex', 'complaintSeq', 'aggregates', 'monthAggregates', 'events'],
});
