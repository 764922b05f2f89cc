/// <reference lib="webworker" />
// The core runs here, off the main thread: parsing, merging, analysis and layout.
import { loadWorkspace } from '../core/model/buildModel';
import { makeShareLink } from '../core/share/makeShareLink';
import { layoutGraph } from './layout';
import { packModel } from './packModel';
import type { WorkerRequest, WorkerResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const started = performance.now();
  const reply = (message: WorkerResponse) => scope.postMessage(message);
  try {
    if (request.type === 'load') {
      const { model: full, docs } = loadWorkspace(request.files, request.options);
      const { modelText, facts } = packModel(full);
      reply({ type: 'loaded', id: request.id, modelText, facts, docs, elapsed_ms: performance.now() - started });
    } else if (request.type === 'share') {
      // Masking secrets parses every file: worth keeping off the main thread for big workspaces.
      const share = makeShareLink(request.files, request.view, request.base, request.includeSecrets);
      reply({ type: 'shared', id: request.id, share, elapsed_ms: performance.now() - started });
    } else if (request.type === 'layout') {
      const layout = await layoutGraph(request.graph, request.direction);
      reply({ type: 'laid-out', id: request.id, layout, elapsed_ms: performance.now() - started });
    }
  } catch (error) {
    // The core never throws on user input; reaching this is a bug, reported rather than swallowed.
    reply({ type: 'failed', id: request.id, message: (error as Error).message ?? String(error) });
  }
});
