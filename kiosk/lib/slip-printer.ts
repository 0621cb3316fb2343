/**
 * Prints ticket slips through the browser, one job at a time. A kiosk browser started with
 * `--kiosk-printing` prints silently and fires `afterprint` when the job is handed over; until then
 * the slip stays in `#print-root` (clearing it mid-job would print a blank page), a reprint waits its
 * turn, and `#print-root[data-print-state]` says where the job is (printing, printed, timed-out).
 */

/** A browser that never ends its job (no printer, a stuck driver) must not hold the kiosk for ever. */
const JOB_TIMEOUT_MS = 30_000;

export type PrintState = 'printing' | 'printed' | 'timed-out';

export class SlipPrinter {
  private last: Promise<void> = Promise.resolve();
  private open = 0;
  private clearWhenIdle = false;

  /** The light-DOM element printed instead of the app (see kiosk.css). */
  get root(): HTMLElement {
    let el = document.getElementById('print-root');
    if (!el) {
      el = document.createElement('div');
      el.id = 'print-root';
      document.body.append(el);
    }
    return el;
  }

  /**
   * Queues one job: `prepare` renders the slip into `root` and may print it elsewhere (a network
   * printer), returning true when the browser need not print.
   */
  print(prepare: (root: HTMLElement) => Promise<boolean>): Promise<void> {
    const job = this.last.then(async () => {
      this.open++;
      this.clearWhenIdle = false;
      try {
        const done = await prepare(this.root);
        if (!done) await this.browserPrint();
        else this.mark('printed');
      } finally {
        this.open--;
        if (this.open === 0 && this.clearWhenIdle) this.clearNow();
      }
    });
    this.last = job.catch(() => {});
    return job;
  }

  /** Empties the print area, after the job in progress if there is one. */
  clear(): void {
    if (this.open > 0) this.clearWhenIdle = true;
    else this.clearNow();
  }

  /** Sets the printed page's size: `size: 80mm auto` is not valid CSS, so the height is measured per slip. */
  setPageSize(widthMm: number, heightMm: number): void {
    let el = document.getElementById('page-size') as HTMLStyleElement | null;
    if (!el) {
      el = document.createElement('style');
      el.id = 'page-size';
      document.head.append(el);
    }
    el.textContent = `@page { size: ${widthMm}mm ${heightMm}mm; margin: 0; }`;
  }

  private clearNow() {
    this.clearWhenIdle = false;
    this.root.replaceChildren();
    delete this.root.dataset.printState;
  }

  private mark(state: PrintState) {
    this.root.dataset.printState = state;
  }

  private browserPrint(): Promise<void> {
    return new Promise((resolve) => {
      const finish = (state: PrintState) => {
        clearTimeout(timer);
        window.removeEventListener('afterprint', onAfter);
        this.mark(state);
        resolve();
      };
      const onAfter = () => finish('printed');
      const timer = setTimeout(() => finish('timed-out'), JOB_TIMEOUT_MS);
      // listen first: a blocking print dialog fires afterprint before print() returns
      window.addEventListener('afterprint', onAfter);
      this.mark('printing');
      window.print();
    });
  }
}
