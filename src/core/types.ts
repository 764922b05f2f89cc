/**
 * The shared vocabulary of Stackmap's core. One name per concept: the `Service`
 * here is the service the UI shows and the CLI prints (see DESIGN.md, "The model").
 */

/** Where a fact came from. Lines and columns are 1-based. */
export interface SourceRef {
  file: string;
  line: number;
  column: number;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  /** Stable, kebab-case identifier (`yaml-syntax`, `missing-dependency`, …). */
  code: string;
  /** A plain-language sentence a person can act on. */
  message: string;
  /** The primary location; null only when no file is involved at all. */
  source: SourceRef | null;
  /** Other places that take part (the other end of a drift, the first of two duplicate keys). */
  related?: SourceRef[];
  /** Key path inside the file, when the fact lives in a structured document. */
  path?: string[];
  /** The service the diagnostic is about, when there is one (used to badge graph nodes). */
  service?: string;
  /** Every service it is about when there are several (the members of a cycle); includes `service`. */
  services?: string[];
}

/** Core functions return a best-effort value plus diagnostics; they never throw on user input. */
export interface Parsed<T> {
  value: T;
  diagnostics: Diagnostic[];
}

/** A file as the user handed it to us: a workspace-relative path and its text. */
export interface WorkspaceFile {
  path: string;
  text: string;
}

export type FileKind = 'compose' | 'env' | 'markdown' | 'other';

export interface FileInfo {
  path: string;
  kind: FileKind;
}

export type DependencyCondition =
  | 'service_started'
  | 'service_healthy'
  | 'service_completed_successfully';

/** Which kind of source states a fact. */
export type DependencyOrigin = 'compose' | 'docs' | 'mermaid' | 'inferred';

export interface Dependency {
  service: string;
  condition: DependencyCondition;
  required: boolean;
  restart?: boolean;
  origin: DependencyOrigin;
  source: SourceRef | null;
  /** For `inferred` dependencies: the variable or text that names the other service. */
  reason?: string;
}

export interface Port {
  target: number;
  published: string | null;
  protocol: string;
  host_ip: string | null;
  source?: SourceRef | null;
}

export interface VolumeMount {
  type: string;
  source: string | null;
  target: string;
  read_only: boolean;
}

export interface Healthcheck {
  test: string[] | null;
  interval_s: number;
  timeout_s: number;
  retries: number;
  start_period_s: number;
  start_interval_s: number;
  disable: boolean;
  source?: SourceRef | null;
}

export type NoteKind = 'section' | 'ownership' | 'table-row' | 'list-item' | 'mermaid' | 'mention';

export interface Note {
  file: string;
  section: string;
  anchor: string;
  kind: NoteKind;
  text: string;
  source: SourceRef;
}

export type ServiceOrigin = 'compose' | 'docs';

export interface Service {
  name: string;
  origin: ServiceOrigin[];
  image: string | null;
  ports: Port[];
  dependsOn: Dependency[];
  networks: string[];
  volumes: VolumeMount[];
  healthcheck: Healthcheck | null;
  oneShot: boolean;
  /** Why the service is taken to be one-shot, in words; null when it is long-running. */
  oneShotReason: string | null;
  profiles: string[];
  /** False when the service's profiles are not active: compose will not start it. */
  active: boolean;
  role: string | null;
  notes: Note[];
  sources: SourceRef[];
  /** Per-fact provenance for the service panel: fact key (`image`, `ports.0`, …) → where and what it overrode. */
  facts: Record<string, FactSource>;
  restart: string | null;
  containerName: string | null;
  hostname: string | null;
  command: string[] | null;
  environment: Record<string, string | null>;
  /** What the docs state about the service, kept apart so drift against compose can be checked. */
  stated: StatedFacts;
}

/** A value the docs state, with where they state it. */
export interface StatedFact {
  value: string;
  source: SourceRef;
}

export interface StatedFacts {
  images: StatedFact[];
  ports: StatedFact[];
}

/** Where one fact of a service was set, and which earlier definitions it replaced. */
export interface FactSource {
  source: SourceRef;
  overrides: SourceRef[];
  /** Later definitions merged into this mapping or list (a service extended by an override file). */
  mergedWith?: SourceRef[];
}

export interface NamedResource {
  name: string;
  external: boolean;
  sources: SourceRef[];
}

/** The one model of a workspace: what `stackmap model` prints. */
export interface Model {
  version: 1;
  name: string | null;
  files: FileInfo[];
  services: Service[];
  networks: NamedResource[];
  volumes: NamedResource[];
  diagnostics: Diagnostic[];
}

/** Options that shape how a workspace is read (compose's command-line flags). */
export interface LoadOptions {
  /** Compose files in merge order; when absent, chosen from the workspace by compose's rules. */
  composeFiles?: string[];
  /** `--env-file`, in order; when absent, the `.env` beside the first compose file. */
  envFiles?: string[];
  /** `--profile`; `*` activates all. */
  profiles?: string[];
  /** Process environment (CLI only); wins over env files, as in compose. */
  environment?: Record<string, string>;
  /** Directory that relative paths in the project resolve against ('' = workspace root). */
  projectDirectory?: string;
  /**
   * Reads a file the project references (env_file, extends, include) that `files` lacks; the CLI
   * passes one that reads the disk, the app none. Returns undefined when there is no such file.
   */
  readFile?: (path: string) => string | undefined;
  /** How a file the project references but the workspace lacks is reported. */
  missingFiles?: 'error' | 'warning';
  /** Compose's `-p`: the project name, winning over COMPOSE_PROJECT_NAME and `name:`. */
  projectName?: string;
  /**
   * The project directory's own folder name on disk (the CLI's `my-stack` for `/src/my-stack`),
   * used only when neither `-p`, COMPOSE_PROJECT_NAME nor `name:` gives a project name. Needed
   * because `projectDirectory` is workspace-relative ('' in the CLI) and so cannot carry it.
   */
  projectDirectoryName?: string;
  /**
   * What the caller will print. `model` (the default) keeps per-fact provenance and leaves
   * depends_on targets to the analysis checks, which report them once, with the docs in view.
   * `config` is `docker compose config`: no provenance (it is never printed), and a depends_on
   * target that is not part of the project is reported here, as compose refuses such a project.
   */
  purpose?: 'model' | 'config';
}

/** What the startup timeline assumes where compose files cannot say. Seconds. */
export interface StartupAssumptions {
  /** Time from `docker create` to the container's process running. */
  containerStart_s: number;
  /** How long a one-shot service (migrator, seeder) runs before it exits 0. */
  oneShotRun_s: number;
  /** Whether a healthcheck passes on the first probe allowed, or only on the last one before compose gives up. */
  healthcheck: 'first-probe' | 'last-probe';
}

export const DEFAULT_ASSUMPTIONS: StartupAssumptions = {
  containerStart_s: 1,
  oneShotRun_s: 10,
  healthcheck: 'first-probe',
};

export type Tab = 'graph' | 'timeline' | 'docs' | 'problems';
export type LayoutDirection = 'LR' | 'TB';
export type GroupBy = 'none' | 'network' | 'profile' | 'docs';

/** Everything about what the user is looking at: what a permalink carries besides the files. */
export interface ViewState {
  tab: Tab;
  selected: string | null;
  direction: LayoutDirection;
  /** Active compose profiles (`*` = all). */
  profiles: string[];
  /** Compose files in the order the user chose (merge order). Empty = compose's default order. */
  fileOrder: string[];
  filters: {
    search: string;
    /** Show only this service's neighbourhood. */
    focus: string | null;
    showInactive: boolean;
    /** Networks the graph leaves out: a service goes when every network it is on is hidden. */
    hiddenNetworks: string[];
    groupBy: GroupBy;
  };
  assumptions: StartupAssumptions;
  /** The docs page and anchor in view, as `path#anchor`. */
  docsAnchor: string | null;
}
