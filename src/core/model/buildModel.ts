import { loadComposeProject } from '../compose/loadComposeProject';
import type { ComposeProject } from '../compose/types';
import { parseDocs } from '../markdown/parseDocs';
import { applyDocsToServices } from './applyDocs';
import type { DocsModel } from '../markdown/types';
import { analyzeChecks } from '../analysis/checks';
import { inferDependencies } from '../analysis/inferDependencies';
import type { Diagnostic, FileInfo, LoadOptions, Model, Parsed, WorkspaceFile } from '../types';
import { chooseComposeFiles, classifyFile } from './classifyFile';
import { composeResources, composeServices } from './composeServices';
import { dedupeDiagnostics } from './dedupeDiagnostics';

export { chooseComposeFiles, classifyFile };

/** Everything the app needs from one pass over the workspace; the CLI prints `model`. */
export interface Workspace {
  model: Model;
  docs: DocsModel;
  /** The canonical compose project (`stackmap config`), null when the workspace has no compose file. */
  compose: ComposeProject | null;
}

/** Reads a whole workspace (compose files, env files, Markdown pages) into one model. Never throws. */
export function loadWorkspace(files: WorkspaceFile[], options: LoadOptions = {}): Workspace {
  try {
    return readWorkspace(files, options);
  } catch (error) {
    // Every stage returns diagnostics for bad input; reaching here is a bug in Stackmap. Say so,
    // with the files still listed, rather than take the worker or the CLI down.
    const message = `Stackmap failed while reading these files (${(error as Error).message}). This is a bug: please report it with the files.`;
    const model: Model = {
      version: 1,
      name: null,
      files: files.map((f): FileInfo => ({ path: f.path, kind: classifyFile(f.path) })),
      services: [],
      networks: [],
      volumes: [],
      diagnostics: [{ severity: 'error', code: 'internal-error', message, source: null }],
    };
    return { model, docs: { pages: [] }, compose: null };
  }
}

// Diagnostics lists can be long on hostile input; push(...list) would overflow the call stack.
function append<T>(target: T[], items: T[]): void {
  for (const item of items) target.push(item);
}

function readWorkspace(files: WorkspaceFile[], options: LoadOptions): Workspace {
  const diagnostics: Diagnostic[] = [];
  const composeFiles = chooseComposeFiles(files, options);

  let compose: ComposeProject | null = null;
  if (composeFiles.length) {
    const loaded = loadComposeProject(files, { missingFiles: 'warning', ...options, composeFiles });
    compose = loaded.value;
    append(diagnostics, loaded.diagnostics);
  }

  const docsParsed = parseDocs(files.filter((f) => classifyFile(f.path) === 'markdown'));
  append(diagnostics, docsParsed.diagnostics);

  const fromCompose = compose ? composeServices(compose) : [];
  const withDocs = applyDocsToServices(fromCompose, docsParsed.value);
  append(diagnostics, withDocs.diagnostics);
  const services = withDocs.services;

  const inferred = inferDependencies(services);
  for (const service of services) append(service.dependsOn, inferred.get(service.name) ?? []);

  const model: Model = {
    version: 1,
    name: compose?.name ?? null,
    files: files.map((f): FileInfo => ({ path: f.path, kind: classifyFile(f.path) })),
    services,
    networks: compose ? composeResources(compose, 'networks') : [],
    volumes: compose ? composeResources(compose, 'volumes') : [],
    diagnostics,
  };
  append(diagnostics, analyzeChecks(model));
  model.diagnostics = dedupeDiagnostics(diagnostics);
  return { model, docs: docsParsed.value, compose };
}

export function buildModel(files: WorkspaceFile[], options: LoadOptions = {}): Parsed<Model> {
  const { model } = loadWorkspace(files, options);
  return { value: model, diagnostics: model.diagnostics };
}
