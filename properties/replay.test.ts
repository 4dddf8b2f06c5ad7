import { describe, expect, it } from 'vitest';
import { captureIo } from '../src/cli/_internals/captureIo.ts';
import { main } from '../src/cli/main.ts';

// Every saved counterexample is re-certified on every test run (docs/design.md §4): through the same
// command a user runs, `propercheck reproduce counterexamples/`.
describe('saved counterexamples', () => {
  it('all reproduce', async () => {
    const io = captureIo();
    const code = await main(['reproduce', 'counterexamples', '--json'], io);
    const { results } = JSON.parse(io.stdout()) as { results: { file: string; status: string; detail: string }[] };
    const failing = results.filter((r) => r.status !== 'reproduced');
    expect(failing, 'files that are stale or unreadable').toEqual([]);
    expect(code).toBe(0);
  });
});
