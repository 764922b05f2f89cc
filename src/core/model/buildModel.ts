import { loadComposeProject } from '../compose/loadComposeProject';
import type { ComposeProject } from '../compose/types';
import { parseDocs } from '../markdown/parseDocs';
import { applyDocsToServices } from '../markdown/linkDocs';
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

/** Reads a whole workspace (compose files, env files, Markdown pages) into one model. */
export function loadWorkspace(files: WorkspaceFile[], options: LoadOptions = {}): Workspace {
  const diagnostics: Diagnostic[] = [];
  const composeFiles = chooseComposeFiles(files, options);

  let compose: ComposeProject | null = null;
  if (composeFiles.length) {
    const loaded = loadComposeProject(files, { missingFiles: 'warning', ...options, composeFiles });
    compose = loaded.value;
    diagnostics.push(...loaded.diagnostics);
  }

  const docsParsed = parseDocs(files.filter((f) => classifyFile(f.path) === 'markdown'));
  diagnostics.push(...docsParsed.diagnostics);

  const fromCompose = compose ? composeServices(compose) : [];
  const withDocs = applyDocsToServices(fromCompose, docsParsed.value);
  diagnostics.push(...withDocs.diagnostics);
  const services = withDocs.services;

  const inferred = inferDependencies(services);
  for (const service of services) service.dependsOn.push(...(inferred.get(service.name) ?? []));

  const model: Model = {
    version: 1,
    name: compose?.name ?? null,
    files: files.map((f): FileInfo => ({ path: f.path, kind: classifyFile(f.path) })),
    services,
    networks: compose ? composeResources(compose, 'networks') : [],
    volumes: compose ? composeResources(compose, 'volumes') : [],
    diagnostics,
  };
  model.diagnostics = dedupeDiagnostics([...diagnostics, ...analyzeChecks(model)]);
  return { model, docs: docsParsed.value, compose };
}

export function buildModel(files: WorkspaceFile[], options: LoadOptions = {}): Parsed<Model> {
  const { model } = loadWorkspace(files, options);
  return { value: model, diagnostics: model.diagnostics };
}
