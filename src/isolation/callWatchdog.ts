import { CALL_COUNT, CALL_SITE } from './watchUserCalls.ts';

/**
 * Parent side of the call watchdog for one worker: polls the shared state a few times per limit and
 * calls `onStuck(label)` once the same call (same site, same count) has run for `limitMs`. The timer is
 * unref'd: it never keeps the process alive.
 */
export function callWatchdog(buffer: SharedArrayBuffer, limitMs: number, onStuck: (label: string) => void): { site(id: number, label: string): void; stop(): void } {
  const state = new Int32Array(buffer);
  const labels = new Map<number, string>();
  let seen = { site: 0, count: -1, since: Date.now() };
  const timer = setInterval(() => {
    const site = Atomics.load(state, CALL_SITE);
    const count = Atomics.load(state, CALL_COUNT);
    if (site === 0 || site !== seen.site || count !== seen.count) seen = { site, count, since: Date.now() };
    else if (Date.now() - seen.since >= limitMs) {
      clearInterval(timer);
      onStuck(labels.get(site) ?? 'user code');
    }
  }, Math.max(20, Math.min(1_000, Math.floor(limitMs / 5))));
  timer.unref();
  return { site: (id, label) => void labels.set(id, label), stop: () => clearInterval(timer) };
}
