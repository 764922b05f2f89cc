import type { CliIO, Command } from './io';

const USAGE = `stackmap: see how a compose stack is put together

Usage:
  stackmap config  [-f FILE]… [--env-file F]… [--profile P]… [--project-directory D] [-p NAME] [--format json|yaml]
  stackmap model   [FILES…] [--profile P]… [--env-file F]… [-p NAME]   the service model as JSON
  stackmap startup [FILES…] [--format json|text]               startup waves, timing and critical path
  stackmap check   [FILES…] [--format json|text]               every diagnostic; exit 1 on an error
  stackmap link    FILES… [--base URL] [--view KEY=VALUE]…   a permalink that opens these files

FILES are compose files, .env files and Markdown architecture pages (also as -f FILE); without
them, model, startup and check read compose's default file and its .override, as config does.
model, startup and check take compose's flags as config does. \`stackmap COMMAND --help\` for more.
`;

// Each command is its own module, loaded on demand so one command never pays for another.
const COMMANDS: Record<string, () => Promise<Command>> = {
  config: async () => (await import('./commands/config')).config,
  model: async () => (await import('./commands/model')).model,
  startup: async () => (await import('./commands/startup')).startup,
  check: async () => (await import('./commands/check')).check,
  link: async () => (await import('./commands/link')).link,
};

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    io.stdout(USAGE);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr(`stackmap: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await (await load())(rest, io);
  } catch (error) {
    // A throw here is a bug in Stackmap, not bad input: say so plainly.
    io.stderr(`stackmap ${name}: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return 70;
  }
}

function processIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
  };
}
