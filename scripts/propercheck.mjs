#!/usr/bin/env node
// Entry point of `npx propercheck`: the compiled CLI in dist/ (built by `npm run build`, which npm install
// and npm pack run), so no TypeScript is compiled at start-up.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write(`propercheck: not built yet: run \`npm run build\` in ${new URL('..', import.meta.url).pathname}\n`);
  process.exit(2);
}
await import(cli.href);
