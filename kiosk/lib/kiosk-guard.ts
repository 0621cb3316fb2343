/**
 * A public touchscreen: no context menu, no text selection, no pinch or double-tap zoom, no
 * scroll bounce. (CSS does most of it; these listeners cover what CSS cannot.)
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
  // Safari's pinch gestures and ctrl+wheel zoom on a desktop-class kiosk
  document.addEventListener('gesturestart', stop);
  document.addEventListener('wheel', (e) => e.ctrlKey && e.preventDefault(), { passive: false });
  document.addEventListener('touchmove', (e) => e.touches.length > 1 && e.preventDefault(), { passive: false });
  document.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && ['+', '-', '=', '0', 'p', 's'].includes(e.key)) e.preventDefault();
  });
}
