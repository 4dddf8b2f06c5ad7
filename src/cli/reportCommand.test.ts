import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { captureIo } from './_internals/captureIo.ts';
import { main } from './main.ts';

const dir = mkdtempSync(join(tmpdir(), 'propercheck-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('propercheck report', () => {
  it('writes an HTML page with every selected claim, its certified counterexample and a plot', async () => {
    const out = join(dir, 'report.html');
    const io = captureIo();
    const code = await main(['report', '--out', out, '--seed', '1', '--claim', 'linear/*', '--claim', 'quadratic/fixed-point-is-optimal', '--save-dir', join(dir, 'ce')], io);
    expect(code).toBe(0);
    expect(io.stdout()).toMatch(/report written to .*report\.html: 5 claims, 5 met, 0 not met \(seed 1\)/);
    const html = readFileSync(out, 'utf8');
    for (const id of ['linear/proper', 'linear/strictly-proper', 'linear/symmetric', 'linear/local', 'quadratic/fixed-point-is-optimal']) {
      expect(html).toContain(`>${id}</a>`);
    }
    expect(html).toMatch(/<h3>Counterexample/);
    expect(html).toContain('&quot;relation&quot;: &quot;&gt;=&quot;'); // witnesses are escaped, exact
    expect(html.match(/<svg/g)?.length).toBe(1); // the binary map of the fixed-point counterexample
    // The catalogue section: every entry of docs/mathematics.md, with the claims of this run that cite it.
    expect(html).toContain('<section id="catalog">');
    expect(html).toMatch(/<td id="catalog-SR-04">SR-04<\/td><td>FALSE<\/td><td>&quot;The linear score p_i is proper&quot;<\/td><td>4\/4 met<\/td>/);
    expect(html).toMatch(/<td id="catalog-SG-06">SG-06<\/td><td>REMARK<\/td>.*<td class="muted">a remark about selection among learners/);
  });

  it('rejects an unknown claim selector as bad input', async () => {
    const io = captureIo();
    expect(await main(['report', '--out', join(dir, 'x.html'), '--claim', 'nothing/here'], io)).toBe(2);
    expect(io.stderr()).toMatch(/--claim: no registered claim matches "nothing\/here"/);
  });
});
