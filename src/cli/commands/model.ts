import type { Command } from '../io';
import { loadFromArgs, parseWorkspaceArgs, WITHOUT_FILES } from '../loadFromArgs';

const USAGE = `usage: stackmap model [FILES…] [-f FILE]… [--env-file FILE]… [--profile NAME]… [--project-directory DIR] [-p NAME]

Prints the service model (compose files, .env files and Markdown pages as one model) as JSON.
${WITHOUT_FILES}
`;

/** `stackmap model FILES…`: the one model of DESIGN.md as JSON. Exit 1 when reading failed. */
export const model: Command = async (args, io) => {
  const parsed = parseWorkspaceArgs(args);
  if (typeof parsed !== 'string' && parsed.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (typeof parsed !== 'string' && parsed.values.format !== undefined && parsed.values.format !== 'json') {
    io.stderr(`stackmap model: --format must be json, not "${parsed.values.format}"\n${USAGE}`);
    return 2;
  }
  const loaded = typeof parsed === 'string' ? parsed : loadFromArgs(parsed, io);
  if (typeof loaded === 'string') {
    io.stderr(`stackmap model: ${loaded}\n${USAGE}`);
    return 2;
  }
  for (const error of loaded.errors) io.stderr(`${error}\n`);
  io.stdout(`${JSON.stringify(loaded.workspace.model, null, 2)}\n`);
  return loaded.errors.length ? 1 : 0;
};
