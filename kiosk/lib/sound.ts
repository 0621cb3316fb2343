/** A short two-tone chime with Web Audio (no sound file), for the phone page when called. */
let ctx: AudioContext | undefined;

/** Must run inside a user gesture once: browsers keep audio locked until then. */
export function unlockSound(): boolean {
  try {
    ctx ??= new AudioContext();
    void ctx.resume();
    return true;
  } catch {
    return false;
  }
}

export function chime(): void {
  if (!ctx || ctx.state !== 'running') return;
  const now = ctx.currentTime;
  [880, 660, 880, 660].forEach((freq, i) => {
    const osc = ctx!.createOscillator();
    const gain = ctx!.createGain();
    osc.frequency.value = freq;
    gain.gain.setValueAtTime(0.0001, now + i * 0.35);
    gain.gain.exponentialRampToValueAtTime(0.4, now + i * 0.35 + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, now + i * 0.35 + 0.32);
    osc.connect(gain).connect(ctx!.destination);
    osc.start(now + i * 0.35);
    osc.stop(now + i * 0.35 + 0.34);
  });
}

export function vibrate(): void {
  if ('vibrate' in navigator) navigator.vibrate([400, 200, 400, 200, 400]);
}
