import { setUserCallWatch } from '../core/userCalls.ts';

/** Slots of the shared state: the call site now running (0: none), and a counter of calls entered. */
export const CALL_SITE = 0;
export const CALL_COUNT = 1;

/**
 * Worker side of the call watchdog: every outermost call into user code writes its call site and a
 * fresh count into memory the parent reads (two atomic stores per call, no message), and a call site's
 * label is sent once, the first time it is entered. The parent sees the same site and count for longer
 * than the call limit only when one call has not returned for that long.
 */
export function watchUserCalls(buffer: SharedArrayBuffer, announce: (id: number, label: string) => void): void {
  const state = new Int32Array(buffer);
  const sites = new Map<string, number>();
  let depth = 0;
  setUserCallWatch({
    enter(label) {
      if (depth++ > 0) return;
      let id = sites.get(label);
      if (id === undefined) {
        id = sites.size + 1;
        sites.set(label, id);
        announce(id, label);
      }
      Atomics.add(state, CALL_COUNT, 1);
      Atomics.store(state, CALL_SITE, id);
    },
    exit() {
      if (--depth === 0) Atomics.store(state, CALL_SITE, 0);
    },
  });
}
