import { defaultComposeFiles, isComposeFile, isEnvFile } from '../compose/composeFiles';
import type { FileKind, LoadOptions, WorkspaceFile } from '../types';

// Kept apart from buildModel so the page can classify files without loading the whole core.
const MARKDOWN = /\.(md|markdown|mdx)$/i;
const YAML = /\.(ya?ml|json)$/i;

export function classifyFile(path: string): FileKind {
  if (MARKDOWN.test(path)) return 'markdown';
  if (isEnvFile(path)) return 'env';
  if (isComposeFile(path) || YAML.test(path)) return 'compose';
  return 'other';
}

/** Which files compose reads: the user's choice, else compose's defaults, else every YAML file given. */
export function chooseComposeFiles(files: WorkspaceFile[], options: LoadOptions): string[] {
  if (options.composeFiles?.length) return options.composeFiles;
  const candidates = files.map((f) => f.path).filter((p) => classifyFile(p) === 'compose');
  const defaults = defaultComposeFiles(candidates);
  return defaults.length ? defaults : candidates;
}
