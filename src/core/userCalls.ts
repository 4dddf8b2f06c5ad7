/**
 * The point where every call into user code (a rule's score, a map's f) passes, so that a worker can let
 * its parent see a call that never returns (src/isolation/watchUserCalls.ts installs the watch; the
 * parent ends the worker past the call limit). Without a watch (user code in the caller's own thread, as
 * a rule object handed to the library) the call runs as it is.
 */
export interface UserCallWatch {
  enter(label: string): void;
  exit(): void;
}

let watch: UserCallWatch | undefined;

export function setUserCallWatch(w: UserCallWatch | undefined): void {
  watch = w;
}

export function watchedUserCall<R>(label: string, call: () => R): R {
  if (!watch) return call();
  watch.enter(label);
  try {
    return call();
  } finally {
    watch.exit();
  }
}
