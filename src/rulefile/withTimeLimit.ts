import vm from 'node:vm';

const context = vm.createContext({ job: undefined as (() => unknown) | undefined, result: undefined as unknown });
const script = new vm.Script('result = job()');

/**
 * Runs a synchronous job, interrupting it after `ms` (V8 terminates the running script, including
 * functions it calls from a user's rule file, so an endless loop cannot hang the CLI). Returns
 * undefined in place of the result when the limit was hit.
 */
export function withTimeLimit<R>(ms: number, job: () => R): { value: R } | undefined {
  context.job = job;
  try {
    script.runInContext(context, { timeout: ms });
    return { value: context.result as R };
  } catch (error) {
    if ((error as { code?: string })?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return undefined;
    throw error;
  } finally {
    context.job = undefined;
    context.result = undefined;
  }
}
