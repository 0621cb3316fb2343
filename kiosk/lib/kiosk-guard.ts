/**
 * A public touchscreen: no context menu, no text selection, no double-tap zoom, no scroll
 * bounce. (CSS does most of it; these listeners cover what CSS cannot.) Pinch zoom stays
 * allowed, as WCAG 1.4.4 asks: a citizen who cannot read the screen may enlarge it; a hall
 * kiosk's browser can still be started with `--disable-pinch` (see the README).
 */
export function guardKioskPage(): void {
  const stop = (e: Event) => e.preventDefault();
  document.addEventListener('contextmenu', stop);
  document.addEventListener('selectstart', (e) => {
    // the real target may sit in a shadow root: e.target is retargeted to the host
    const target = e.composedPath()[0] as HTMLElement | null;
    if (!target?.closest?.('textarea, input')) e.preventDefault();
  });
  document.addEventListener('dragstart', stop);
  // printing and saving the page are not for the public (zoom keys stay, like pinch zoom)
  document.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && ['p', 's'].includes(e.key)) e.preventDefault();
  });
}
