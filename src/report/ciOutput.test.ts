import { describe, expect, it } from 'vitest';
import { annotation } from './annotations.ts';
import { junitXml } from './junit.ts';

describe('CI output', () => {
  it('writes JUnit XML with failures counted and text escaped', () => {
    const xml = junitXml([{ name: 'check r <x>', cases: [{ classname: 'r', name: 'proper', ms: 12, failure: { message: 'r/proper is refuted', text: 'p = "1/2" & q' } }, { classname: 'r', name: 'local', ms: 3, output: 'ok' }] }]);
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="propercheck" tests="2" failures="1">/);
    expect(xml).toMatch(/<testsuite name="check r &lt;x&gt;" tests="2" failures="1" errors="0" time="0\.015">/);
    expect(xml).toMatch(/<failure message="r\/proper is refuted" type="refuted">p = &quot;1\/2&quot; &amp; q<\/failure>/);
  });

  it('escapes GitHub annotations as the runner expects', () => {
    expect(annotation('error', 'line 1\nline 2: 100%', { file: 'rules/a,b.ts', title: 'x: y' })).toBe('::error file=rules/a%2Cb.ts,title=x%3A y::line 1%0Aline 2: 100%25');
  });
});
