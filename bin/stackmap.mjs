#!/usr/bin/env node
// Launcher for the bundled CLI, built by `npm run build:cli` (run by `prepare`).
import module from 'node:module';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';

const bundle = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist-cli', 'stackmap.mjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('stackmap: the CLI is not built yet; run `npm run build:cli` in the project folder.\n');
  process.exit(2);
}
// Node ≥ 22.1 keeps compiled code on disk, so later runs skip compiling the bundle (about a fifth
// of a cold `config`). Older Node has no such function; the cache is only ever an optimisation.
try {
  module.enableCompileCache?.(path.join(os.tmpdir(), 'stackmap-compile-cache'));
} catch {
  // An unwritable temp folder only costs speed.
}
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
