/**
 * Every Lua script's typed wrapper, by its name: `scripts.issueTicket(redis, keys, args)`. Each
 * wrapper's file names its Lua file; adding a script is a Lua file (with its KEYS/ARGV/Returns
 * header) and a wrapper here.
 */
import { bookSlot } from './book-slot.js';
import { callTicket } from './call-ticket.js';
import { cancelBooking } from './cancel-booking.js';
import { cancelTicket } from './cancel-ticket.js';
import { closeCounters } from './close-counters.js';
import { completeTicket } from './complete-ticket.js';
import { consumeRateLimit } from './consume-rate-limit.js';
import { expireBookings } from './expire-bookings.js';
import { expireDay } from './expire-day.js';
import { fileComplaint } from './file-complaint.js';
import { issueTicket } from './issue-ticket.js';
import { linkDossiers } from './link-dossiers.js';
import { markNoShow } from './mark-no-show.js';
import { pairDevice } from './pair-device.js';
import { rateTicket } from './rate-ticket.js';
import { readOfficeToday } from './read-office-today.js';
import { rebuildMonth } from './rebuild-month.js';
import { recallTicket } from './recall-ticket.js';
import { requestOtp } from './request-otp.js';
import { resolveDossier } from './resolve-dossier.js';
import { saveDossiers } from './save-dossiers.js';
import { setCounterState } from './set-counter-state.js';
import { startService } from './start-service.js';
import { stripIdentity } from './strip-identity.js';
import { sumRollups } from './sum-rollups.js';
import { touchDevice } from './touch-device.js';
import { transferTicket } from './transfer-ticket.js';
import { updateComplaint } from './update-complaint.js';

export const scripts = {
  issueTicket,
  callTicket,
  recallTicket,
  startService,
  completeTicket,
  markNoShow,
  transferTicket,
  setCounterState,
  cancelTicket,
  rateTicket,
  fileComplaint,
  updateComplaint,
  resolveDossier,
  linkDossiers,
  saveDossiers,
  expireDay,
  readOfficeToday,
  closeCounters,
  stripIdentity,
  rebuildMonth,
  sumRollups,
  consumeRateLimit,
  pairDevice,
  touchDevice,
  requestOtp,
  bookSlot,
  cancelBooking,
  expireBookings,
};

export type ScriptName = keyof typeof scripts;
export type { Script, ScriptRun } from './define.js';
