import { main } from '../src/cli/main.ts';

// Thin shell: all logic lives in src/cli; this file only connects it to the process.
// A reader that closes the pipe early (`propercheck list | head`) ends the output quietly, not with a stack.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(text.startsWith('\r') ? text : `${text}\n`),
  progress: Boolean(process.stderr.isTTY) && !process.env.CI,
});
process.exitCode = exitCode;
