import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The HTML report of a user's rule, opened in a real browser (Debian's chromium, driven by
 * playwright-core; `.ci/run` installs it): the summary table is there, every figure is drawn with a
 * non-zero size, the page logs no error, and a screenshot can be taken. Skipped, visibly, without chromium.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const dir = mkdtempSync(join(tmpdir(), 'propercheck-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!existsSync(CHROMIUM))(`the HTML report in a real browser (${CHROMIUM})`, () => {
  it('shows the summary table and every figure, with no console error', async () => {
    const out = join(dir, 'report.html');
    const r = spawnSync(process.execPath, [resolve('scripts/propercheck.mjs'), 'report', 'examples/rules/binary-only.ts', '--out', out, '--save-dir', join(dir, 'saved'), '--seed', '1'], { encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(existsSync(out)).toBe(true);
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`file://${out}`);
      const rows = await page.locator('table#summary tbody tr').count();
      expect(rows).toBeGreaterThanOrEqual(9);
      const figures = page.locator('figure svg');
      const count = await figures.count();
      expect(count).toBeGreaterThanOrEqual(2); // the rule itself, and at least one counterexample map
      for (let i = 0; i < count; i++) {
        const box = await figures.nth(i).boundingBox();
        expect(box && box.width > 100 && box.height > 100, `figure ${i} is drawn`).toBe(true);
      }
      expect(errors).toEqual([]);
      const shot = join(dir, 'report.png');
      await page.screenshot({ path: shot, fullPage: true });
      expect(statSync(shot).size).toBeGreaterThan(10_000);
    } finally {
      await browser.close();
    }
  }, 180_000);
});

describe.runIf(!existsSync(CHROMIUM))('the HTML report in a real browser', () => {
  it(`is skipped: no chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`, () => {
    expect(existsSync(CHROMIUM)).toBe(false);
  });
});
