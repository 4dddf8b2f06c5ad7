import { createHash, randomBytes } from 'node:crypto';
import { threadId } from 'node:worker_threads';
import { mkdir, stat, unlink, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Message, type Plugin } from 'esbuild';
import { RuleFileError } from '../rulefile/RuleFileError.ts';
import { notifyLoadPhase } from './loadPhase.ts';

/** What `import ... from 'propercheck'` means inside a user's module: this running propercheck. */
export interface LoadOptions {
  /** Module ids mapped to files (e.g. 'propercheck' -> this package's API entry), so one instance is shared. */
  readonly aliases?: Readonly<Record<string, string>>;
  /** Global constants replaced at bundle time (esbuild `define`), e.g. where propercheck itself lives. */
  readonly define?: Readonly<Record<string, string>>;
}

/**
 * Loads a user's module from anywhere: TypeScript or JavaScript (.ts .mts .cts .js .mjs .cjs), ESM or
 * CommonJS, in a folder with or without package.json, with relative imports of the user's own helpers.
 * esbuild bundles the file and its relative imports into one ES module (types stripped, CommonJS wrapped,
 * top-level await kept); packages stay external, resolved from the user's folder to absolute URLs, so
 * the result runs from a temporary file whatever the user's project looks like. A syntax error names
 * file:line:column and the reason; every failure is one RuleFileError naming the file.
 */
export async function loadModule(file: string, options: LoadOptions = {}): Promise<Record<string, unknown>> {
  const path = resolve(file);
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw new RuleFileError(file, 'file', 'no such file');
  const temporary = await writeBundle(file, options);
  notifyLoadPhase('loading', file);
  try {
    return (await import(pathToFileURL(temporary).href)) as Record<string, unknown>;
  } catch (error) {
    throw new RuleFileError(file, 'file', `threw while loading: ${firstLine(error)}`);
  } finally {
    notifyLoadPhase('loaded', file);
    await unlink(temporary).catch(() => {});
  }
}

/**
 * The file and its relative imports bundled into one ES module in a temporary file
 * (`propercheck-modules/<content hash>-<pid>-<thread>-<random>.mjs` in the system's temporary folder);
 * the caller removes it.
 */
export async function writeBundle(file: string, options: LoadOptions = {}): Promise<string> {
  const code = await bundle(file, resolve(file), options);
  // Unique per load: worker threads share the process id, and one may remove its copy while another imports.
  const temporary = join(tmpdir(), 'propercheck-modules', `${createHash('sha256').update(code).digest('hex').slice(0, 16)}-${process.pid}-${threadId}-${randomBytes(4).toString('hex')}.mjs`);
  await mkdir(dirname(temporary), { recursive: true });
  await writeFile(temporary, code);
  return temporary;
}

async function bundle(file: string, path: string, options: LoadOptions): Promise<string> {
  try {
    const result = await build({
      entryPoints: [path],
      bundle: true,
      write: false,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
      plugins: [externalPackages(options.aliases ?? {})],
      // CommonJS code (require of a package) inside the ES module bundle needs a require of its own.
      banner: { js: "import { createRequire as __pcCreateRequire } from 'node:module'; const require = __pcCreateRequire(import.meta.url);" },
      ...(options.define ? { define: { ...options.define } } : {}),
    });
    return result.outputFiles[0]!.text;
  } catch (error) {
    const errors = (error as { errors?: Message[] }).errors;
    if (!errors?.length) throw new RuleFileError(file, 'file', `cannot be read: ${firstLine(error)}`);
    throw new RuleFileError(file, 'file', `does not parse: ${located(errors[0]!)}`);
  }
}

/**
 * Packages (bare imports) stay outside the bundle, each resolved as Node would from the importing file
 * and rewritten to an absolute path; Node's built-ins stay as they are; aliases win over both.
 */
function externalPackages(aliases: Readonly<Record<string, string>>): Plugin {
  const builtins = new Set(builtinModules);
  return {
    name: 'propercheck-external-packages',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData === 'resolving') return undefined;
        // Absolute paths, not file URLs: both import and require (of ESM too, Node >= 20.19) accept them.
        const alias = aliases[args.path];
        if (alias) return { path: alias, external: true };
        if (args.path.startsWith('node:') || builtins.has(args.path.split('/')[0]!)) return { path: args.path, external: true };
        const found = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'resolving' });
        if (found.errors.length > 0) return { errors: found.errors };
        return { path: found.path, external: true };
      });
    },
  };
}

/** "file:line:column: reason" for an esbuild message, the file relative to the working folder. */
function located(message: Message): string {
  const loc = message.location;
  if (!loc) return message.text;
  return `${relative(process.cwd(), resolve(loc.file)) || loc.file}:${loc.line}:${loc.column + 1}: ${message.text}`;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
