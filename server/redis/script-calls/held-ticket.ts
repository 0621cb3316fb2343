/** The arguments every script on the ticket a counter holds starts with (includes/argument-checks.lua heldArgs). */
export interface HeldTicketArgs {
  office: string;
  counterId: string;
  officer: string;
  now: number;
  /** the day of the held ticket (the day of the tickets and rollup keys) */
  date: string;
  streamMaxLen: number;
}
