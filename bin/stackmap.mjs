#!/usr/bin/env node
// Launcher for the bundled CLI, built by `npm run build:cli` (run by `prepare`).
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';

const bundle = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist-cli', 'stackmap.mjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('stackmap: the CLI is not built yet; run `npm run build:cli` in the project folder.\n');
  process.exit(2);
}
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
