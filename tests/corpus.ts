// The shared corpus of real-world inputs lives beside the repository, not in it.
// Tests that read it call `describe.skipIf(!hasCorpus)` so a clone without it still passes.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const corpusDir = path.resolve(repoRoot, '..', 'shared', 'corpus');
export const hasCorpus = fs.existsSync(path.join(corpusDir, 'compose'));
