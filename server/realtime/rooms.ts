/** socket.io room names: one per audience, so each event reaches only who may see it. */
export const rooms = {
  /** boards, kiosks, consoles, tablets: calls, queue counts, counter states (no secrets) */
  public: (office: string) => `o:${office}:public`,
  /**
   * the screens above the counters, each of which shows only its own counter: its calls and state
   * (one room per counter), and the office's changes (all of them). Not in `public`: six screens of
   * an office would each get every call and count of the other five counters.
   */
  counterScreens: (office: string) => `o:${office}:screens`,
  counterScreen: (office: string, counter: string) => `o:${office}:screen:${counter}`,
  /** chairman and admin: ratings, complaints, alerts */
  staff: (office: string) => `o:${office}:staff`,
  /** one counter's console: full tickets of that counter */
  counter: (office: string, counter: string) => `o:${office}:c:${counter}`,
  /** the rating tablet facing the citizen at one counter */
  tablet: (office: string, counter: string) => `o:${office}:tablet:${counter}`,
  /** every socket opened with one staff session, to disconnect them when it ends */
  session: (sid: string) => `s:${sid}`,
  /** every socket of one paired device, to disconnect them when its pairing ends */
  device: (office: string, device: string) => `d:${office}:${device}`,
  /** the phones following tickets of an office: the waiting lines' order (queue.positions) */
  phones: (office: string) => `o:${office}:phones`,
  /** live walls of supervisors who read every office */
  supervisionAll: () => 'sup:all',
  /** live walls scoped to (or narrowed to) one group of offices */
  supervisionGroup: (group: string) => `sup:g:${group}`,
  /** live walls of supervisors given this office by name */
  supervisionOffice: (office: string) => `sup:o:${office}`,
  /** one citizen's phone */
  ticket: (ticketId: string) => `t:${ticketId}`,
};
