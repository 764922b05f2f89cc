import type { DocsModel } from '../core/markdown/types';
import type { ShareLink } from '../core/share/makeShareLink';
import type { LayoutDirection, LoadOptions, Model, ViewState, WorkspaceFile } from '../core/types';
import { unpackModelInSlices } from '../worker/packModel';
import type { GraphPlan, LayoutResult } from '../graph/types';
import type { WorkerRequest, WorkerResponse } from '../worker/protocol';

type Pending = { resolve: (r: WorkerResponse) => void };
// Omit that keeps a union a union, so each request kind keeps its own fields.
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** One core worker: promise-returning calls, replies matched by id. Started on first use. */
class WorkerChannel {
  /** `unasked` takes what the worker sends of its own accord (see the 'placed' message). */
  constructor(private unasked: (message: WorkerResponse) => void = () => undefined) {}

  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  /** When the last reply came in (performance.now()), to tell a pause between requests from idleness. */
  settledAt = 0;

  get busy(): boolean {
    return this.pending.size > 0;
  }

  private get port(): Worker {
    if (!this.worker) {
      this.worker = new Worker(new URL('../worker/core.worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
        if (event.data.type === 'placed') return this.unasked(event.data);
        const waiting = this.pending.get(event.data.id);
        this.pending.delete(event.data.id);
        this.settledAt = performance.now();
        waiting?.resolve(event.data);
      };
    }
    return this.worker;
  }

  call(request: WithoutId<WorkerRequest>): Promise<WorkerResponse> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve });
      this.port.postMessage({ ...request, id });
    });
  }
}

/**
 * The app's handle on the core. Links are built in a second worker: the permalink follows every
 * drop, and building one for a big stack (masking secrets parses every file) took a few hundred
 * milliseconds that the layout, queued behind it in the same worker, used to wait for.
 */
class CoreClient {
  private core = new WorkerChannel((message) => {
    if (message.type === 'placed') this.placed = { key: message.key, quickText: message.quickText };
  });
  private links = new WorkerChannel();
  private placed: { key: string; quickText: string } | null = null;
  /** The graph view's current plan while it is on screen: each load asks the worker to place it. */
  graphPlan: GraphPlan | null = null;

  /** The worker's quick placement of the graph under this layout key, if the last load sent one. */
  placement(key: string): LayoutResult | null {
    return this.placed?.key === key ? (JSON.parse(this.placed.quickText) as LayoutResult) : null;
  }

  private call(request: WithoutId<WorkerRequest>): Promise<WorkerResponse> {
    return (request.type === 'share' ? this.links : this.core).call(request);
  }

  /**
   * Resolves once the core has been quiet for `quiet_ms`: no load or layout in flight, and none
   * just finished (a load is followed by its layout after the page has drawn the model). Work
   * that can wait, like keeping the address bar's link current, waits for this, so on a two-core
   * machine it does not take a core from the drop the user is waiting for.
   */
  async idle(quiet_ms = 400): Promise<void> {
    for (;;) {
      const wait = this.core.busy ? quiet_ms : this.core.settledAt + quiet_ms - performance.now();
      if (wait <= 0) return;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  /**
   * `fitTo`: a new stack whose direction nobody chose, to be laid out in the one that draws it
   * biggest in a pane this size; `direction` in the reply says which (see GraphPlan).
   */
  async load(
    files: WorkspaceFile[],
    options: LoadOptions,
    fitTo?: GraphPlan['fitTo'],
  ): Promise<{ model: Model; docs: DocsModel; elapsed_ms: number; direction?: LayoutDirection }> {
    const plan = this.graphPlan && (fitTo ? { ...this.graphPlan, fitTo } : this.graphPlan);
    const reply = await this.call({ type: 'load', files, options, ...(plan ? { graph: plan } : {}) });
    if (reply.type === 'loaded') {
      return { model: await unpackModelInSlices(reply.model), docs: reply.docs, elapsed_ms: reply.elapsed_ms, direction: reply.direction };
    }
    throw new Error(reply.type === 'failed' ? reply.message : 'unexpected reply');
  }

  async share(files: WorkspaceFile[], view: ViewState, base: string, includeSecrets: boolean): Promise<ShareLink> {
    const reply = await this.call({ type: 'share', files, view, base, includeSecrets });
    if (reply.type === 'shared') return reply.share;
    throw new Error(reply.type === 'failed' ? reply.message : 'unexpected reply');
  }

  /** `graph` is the layout graph as JSON text (graphPlan's layoutText). */
  async layout(graph: string, direction: LayoutDirection): Promise<LayoutResult> {
    const reply = await this.call({ type: 'layout', graph, direction });
    if (reply.type === 'laid-out') return JSON.parse(reply.layoutText) as LayoutResult;
    throw new Error(reply.type === 'failed' ? reply.message : 'unexpected reply');
  }
}

export const coreClient = new CoreClient();
