#!/usr/bin/env node
// Entry point of `npx propercheck`: registers tsx so that the TypeScript sources and users' rule
// files load without a build step, then hands over to scripts/cli.ts.
import { register } from 'tsx/esm/api';

register();
await import('./cli.ts');
