import type { Command } from '../io';
import { loadFromArgs } from '../loadFromArgs';

/** `stackmap model FILES…`: the one model of DESIGN.md as JSON. Exit 1 when reading failed. */
export const model: Command = async (args, io) => {
  const loaded = loadFromArgs(args, io);
  if (typeof loaded === 'string') {
    io.stderr(`stackmap model: ${loaded}\n`);
    return 2;
  }
  for (const error of loaded.errors) io.stderr(`${error}\n`);
  io.stdout(`${JSON.stringify(loaded.workspace.model, null, 2)}\n`);
  return loaded.errors.length ? 1 : 0;
};
