/** What a CLI command may touch of the outside world; tests pass their own. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
}

export type Command = (args: string[], io: CliIO) => Promise<number>;
