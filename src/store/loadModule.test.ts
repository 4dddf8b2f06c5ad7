import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RuleFileError } from '../rulefile/RuleFileError.ts';
import { loadModule } from './loadModule.ts';

/** A fresh folder outside the project, with the given files (and no package.json unless given). */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'propercheck-load-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const RULE_TS = `import { two } from './helpers/two';
const name: string = 'brier';
export default { name, score(F: any, p: any[], y: number) { return F.sub(F.mul(F.of(two), p[y]), F.sum(p.map((x: any) => F.mul(x, x)))); } };`;

describe('loadModule: user files load from anywhere', () => {
  it.each([
    ['a folder without package.json, .ts with types and a relative helper', {}, 'rule.ts'],
    ['a CommonJS project, .ts', { 'package.json': '{"type":"commonjs"}' }, 'rule.ts'],
    ['an ESM project, .ts', { 'package.json': '{"type":"module"}' }, 'rule.ts'],
    ['a CommonJS project, .mts', { 'package.json': '{"type":"commonjs"}' }, 'rule.mts'],
  ])('%s', async (_, extra, name) => {
    const dir = folder({ ...extra, [name]: RULE_TS, 'helpers/two.ts': 'export const two: number = 2;' });
    const module = await loadModule(join(dir, name));
    expect((module.default as { name: string }).name).toBe('brier');
  });

  it.each([
    ['.cjs with module.exports', 'rule.cjs', "const { two } = require('./two.cjs'); module.exports = { name: 'c' + two };", 'two.cjs', 'exports.two = 2;'],
    ['.cts with export =', 'rule.cts', "import { two } from './two.cts'; export = { name: 'c' + two };", 'two.cts', 'export const two = 2;'],
    ['.js in a CommonJS project', 'rule.js', "module.exports = { name: 'c' + require('./two.js').two };", 'two.js', 'exports.two = 2;'],
    ['.mjs with top-level await', 'rule.mjs', "const two = await Promise.resolve(2); export default { name: 'c' + two };", 'two.mjs', ''],
  ])('%s', async (_, name, text, helper, helperText) => {
    const dir = folder({ 'package.json': '{}', [name]: text, [helper]: helperText });
    const module = await loadModule(join(dir, name));
    expect((module.default as { name: string }).name).toBe('c2');
  });

  it('names file:line:column and the reason for a syntax error', async () => {
    const dir = folder({ 'bad.ts': 'export default {\n  name: "x",\n  score(F, p, y) { return F.of(1) +; },\n};\n' });
    const error = await loadModule(join(dir, 'bad.ts')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RuleFileError);
    expect((error as Error).message).toMatch(/bad\.ts: file: does not parse: .*bad\.ts:3:\d+: Unexpected ";"/);
  });

  it('says a missing helper import is missing, naming it', async () => {
    const dir = folder({ 'r.ts': "import { x } from './nope';\nexport default { x };" });
    await expect(loadModule(join(dir, 'r.ts'))).rejects.toThrow(/does not parse: .*r\.ts:1:\d+: Could not resolve "\.\/nope"/);
  });

  it('reports a file that throws while loading, and a missing file, in one line', async () => {
    const dir = folder({ 'throws.ts': "throw new Error('boom\\nsecond line');" });
    await expect(loadModule(join(dir, 'throws.ts'))).rejects.toThrow(/^.*throws\.ts: file: threw while loading: boom$/);
    await expect(loadModule(join(dir, 'missing.ts'))).rejects.toThrow(/missing\.ts: file: no such file/);
  });

  it('resolves packages from the user\'s folder and maps aliases to this propercheck', async () => {
    const dir = folder({
      'node_modules/helper-pkg/package.json': '{"name":"helper-pkg","exports":{"import":"./index.mjs"}}',
      'node_modules/helper-pkg/index.mjs': 'export const three = 3;',
      'alias.mjs': 'export const marker = 7;',
      'rule.ts': "import { three } from 'helper-pkg'; import { marker } from 'propercheck'; export default { n: three * marker };",
    });
    const module = await loadModule(join(dir, 'rule.ts'), { aliases: { propercheck: join(dir, 'alias.mjs') } });
    expect(module.default).toEqual({ n: 21 });
  });
});
