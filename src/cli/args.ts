// The one command-line parser: node:util parseArgs, strict, with compose's flag names. Every
// command states its own options; a bad argument is a usage error (exit 2), never a guess.
import { parseArgs } from 'node:util';

export type FlagSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

/** Compose's own flags (`docker compose --help`), for every command that reads a compose project. */
export const COMPOSE_FLAGS = {
  file: { type: 'string', short: 'f', multiple: true },
  'env-file': { type: 'string', multiple: true },
  profile: { type: 'string', multiple: true },
  'project-directory': { type: 'string' },
  'project-name': { type: 'string', short: 'p' },
  format: { type: 'string' },
} as const satisfies FlagSpec;

const HELP = { help: { type: 'boolean', short: 'h' } } as const satisfies FlagSpec;

export interface ParsedArgs {
  values: Record<string, string | string[] | boolean | undefined>;
  positionals: string[];
  help: boolean;
}

/**
 * Parses `args` against `flags` (plus `-h/--help`). Returns a plain sentence for an unknown
 * flag, a flag without its value, or a positional argument where the command takes none.
 */
export function parseCommandArgs(args: string[], flags: FlagSpec, allowPositionals: boolean): ParsedArgs | string {
  try {
    const { values, positionals } = parseArgs({ args, options: { ...flags, ...HELP }, allowPositionals, strict: true });
    const { help, ...rest } = values as Record<string, string | string[] | boolean | undefined>;
    return { values: rest, positionals, help: help === true };
  } catch (error) {
    return usageMessage(error as Error & { code?: string });
  }
}

// parseArgs' messages suggest `--` tricks; say what is wrong in the user's words instead.
function usageMessage(error: Error & { code?: string }): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${quoted ?? error.message}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument "${quoted ?? error.message}"`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing|ambiguous/.test(error.message) ? `${quoted?.replace(/ <value>$/, '') ?? 'an option'} needs a value` : error.message;
    default:
      return error.message;
  }
}

/** A flag's last value when it may be given once; parseArgs keeps the last of repeats. */
export const stringFlag = (v: ParsedArgs['values'][string]): string | undefined => (typeof v === 'string' ? v : undefined);
/** A repeatable flag's values in order. */
export const listFlag = (v: ParsedArgs['values'][string]): string[] => (Array.isArray(v) ? v : typeof v === 'string' ? [v] : []);
