// `npm run build` (run by npm install and npm pack): compiles propercheck to dist/ so that neither the
// CLI nor the library compiles TypeScript at run time. ESM entries share chunks; the library also ships
// as CommonJS; declarations for both module systems. Thin: the list of entries is the whole logic.
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });

const common = { bundle: true, platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning', define: { PROPERCHECK_DIST: 'true' } };
const library = { index: 'src/api/index.ts', vitest: 'src/api/vitest.ts' };

await build({
  ...common,
  entryPoints: { cli: 'scripts/cli.ts', worker: 'scripts/worker.ts', ...library },
  outdir: dist,
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  banner: { js: '// propercheck, compiled: see https://github.com (README) for the sources in src/.' },
});
// CommonJS has no import.meta: the file's own URL comes from __filename instead.
const cjs = {
  format: 'cjs',
  define: { ...common.define, 'import.meta.url': '__propercheck_url' },
  banner: { js: "const __propercheck_url = require('node:url').pathToFileURL(__filename).href;" },
};
for (const [name, entry] of Object.entries(library)) {
  await build({ ...common, ...cjs, entryPoints: [entry], outfile: join(dist, `${name}.cjs`) });
}

// Declarations: ESM (.d.ts) as tsc emits them, and a CommonJS copy (.d.cts importing .cjs) for `require`.
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
// tsc keeps the sources' relative '.ts' specifiers in declarations: point them at the emitted files.
const types = join(dist, 'types');
const relativeTs = /((?:from|import)\s*\(?\s*['"]\.{1,2}\/[^'"]+?)\.ts(['"])/g;
for (const file of walk(types)) writeFileSync(file, readFileSync(file, 'utf8').replace(relativeTs, '$1.js$2'));
cpSync(types, join(dist, 'types-cjs'), { recursive: true });
for (const file of walk(join(dist, 'types-cjs'))) {
  const text = readFileSync(file, 'utf8').replace(/((?:from|import)\s*\(?\s*['"]\.{1,2}\/[^'"]+?)\.js(['"])/g, '$1.cjs$2');
  writeFileSync(file, text);
  renameSync(file, file.replace(/\.d\.ts$/, '.d.cts'));
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.d.ts') ? [path] : [];
  });
}
