import path from 'node:path';
import { composeDefaults } from '../../core/compose/composeFiles';
import { makeShareLink, tooLongMessage } from '../../core/share/makeShareLink';
import { DEFAULT_VIEW, restoreView } from '../../core/share/restoreView';
import type { ViewState, WorkspaceFile } from '../../core/types';
import { listFlag, parseCommandArgs, stringFlag } from '../args';
import type { Command } from '../io';
import { diskReader, toPosix } from '../readFile';

const USAGE = `Usage: stackmap link FILES… [-f FILE]… [--base URL] [--view KEY=VALUE]… [--include-secrets]

Prints a link that opens exactly these files in Stackmap, in the view you name.
Secret-looking values (passwords, tokens, keys) are masked unless --include-secrets.
A compose file brings the .env beside it along.

View keys: tab (graph|timeline|docs|problems), selected, direction (LR|TB), profiles (a,b),
  fileOrder (a.yaml,b.yaml), docsAnchor (path#anchor), search, focus, showInactive (true|false),
  hiddenNetworks (a,b), groupBy (none|network|profile|docs), containerStart, oneShotRun (seconds), healthcheck (first-probe|last-probe)
`;

export const DEFAULT_BASE = 'http://localhost:5173/';

const isCompose = (p: string) => /\.ya?ml$/i.test(p);
const list = (v: string) => [...new Set(v.split(',').map((s) => s.trim()).filter(Boolean))];

/** Each `--view` key, as it goes into a ViewState. restoreView checks the value afterwards. */
const VIEW_KEYS: Record<string, (view: Record<string, any>, value: string) => void> = {
  tab: (v, x) => (v.tab = x),
  selected: (v, x) => (v.selected = x),
  direction: (v, x) => (v.direction = x),
  profiles: (v, x) => (v.profiles = list(x)),
  fileOrder: (v, x) => (v.fileOrder = list(x)),
  docsAnchor: (v, x) => (v.docsAnchor = x),
  search: (v, x) => (v.filters.search = x),
  focus: (v, x) => (v.filters.focus = x),
  showInactive: (v, x) => (v.filters.showInactive = x === 'true' ? true : x === 'false' ? false : x),
  hiddenNetworks: (v, x) => (v.filters.hiddenNetworks = list(x)),
  groupBy: (v, x) => (v.filters.groupBy = x),
  containerStart: (v, x) => (v.assumptions.containerStart_s = Number(x)),
  oneShotRun: (v, x) => (v.assumptions.oneShotRun_s = Number(x)),
  healthcheck: (v, x) => (v.assumptions.healthcheck = x),
};

const FLAGS = {
  file: { type: 'string', short: 'f', multiple: true },
  base: { type: 'string' },
  view: { type: 'string', multiple: true },
  'include-secrets': { type: 'boolean' },
} as const;

interface LinkArgs {
  files: string[];
  base: string;
  view: string[];
  includeSecrets: boolean;
}

function parseLinkArgs(args: string[]): LinkArgs | string | 'help' {
  const parsed = parseCommandArgs(args, FLAGS, true);
  if (typeof parsed === 'string') return parsed;
  if (parsed.help) return 'help';
  const { values } = parsed;
  const out: LinkArgs = {
    files: [...listFlag(values.file), ...parsed.positionals],
    base: stringFlag(values.base) ?? DEFAULT_BASE,
    view: listFlag(values.view),
    includeSecrets: values['include-secrets'] === true,
  };
  if (out.files.length === 0) return 'name the files to share';
  if (!/^https?:\/\//.test(out.base) && !out.base.startsWith('file:')) return `--base must be an http(s) URL, not "${out.base}"`;
  return out;
}

function parseView(pairs: string[], fileOrder: string[]): ViewState | string {
  const view = structuredClone({ ...DEFAULT_VIEW, fileOrder }) as Record<string, any>;
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const key = pair.slice(0, eq);
    if (eq < 0 || !Object.hasOwn(VIEW_KEYS, key)) return `--view takes KEY=VALUE with KEY one of ${Object.keys(VIEW_KEYS).join(', ')}; got "${pair}"`;
    VIEW_KEYS[key](view, pair.slice(eq + 1));
    const restored = restoreView(view);
    if (JSON.stringify(restored) !== JSON.stringify(view)) return `--view ${pair}: not a value Stackmap accepts for ${key} (see stackmap link --help)`;
  }
  return restoreView(view);
}

/** The deepest folder holding every file, so workspace paths read `compose.yaml`, `docs/x.md`. */
function commonFolder(files: string[]): string {
  let common = path.dirname(files[0]);
  for (const file of files) {
    while (path.relative(common, file).startsWith('..') || path.isAbsolute(path.relative(common, file))) common = path.dirname(common);
  }
  return common;
}

/** The fileOrder to share: none when the app would pick the same compose files on its own (compose's default pair, in any order). */
function explicitOrder(compose: string[]): string[] {
  const defaults = composeDefaults((name) => compose.includes(name));
  const isDefault = defaults.length === compose.length && compose.every((p) => defaults.includes(p));
  return isDefault ? [] : compose;
}

/** `stackmap link FILES… [--base URL] [--view K=V]… [--include-secrets]`: a permalink, or exit 1 when too long. */
export const link: Command = async (args, io) => {
  const parsed = parseLinkArgs(args);
  if (parsed === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (typeof parsed === 'string') {
    io.stderr(`stackmap link: ${parsed}\n\n${USAGE}`);
    return 2;
  }
  const absolute = parsed.files.map((f) => path.resolve(io.cwd, f));
  const reader = diskReader(io.cwd);
  // A compose file brings the .env beside it along, when there is one.
  const envFiles = [...new Set(absolute.filter(isCompose).map((f) => path.join(path.dirname(f), '.env')))].filter(
    (f) => !absolute.includes(f) && reader.read(f) !== undefined,
  );
  const root = commonFolder([...absolute, ...envFiles]);
  const files: WorkspaceFile[] = [];
  const errors: string[] = [];
  for (const abs of [...absolute, ...envFiles]) {
    const outcome = reader.outcome(abs);
    if ('error' in outcome) errors.push(outcome.error);
    else files.push({ path: toPosix(path.relative(root, abs)), text: outcome.text });
  }
  if (errors.length) {
    for (const error of errors) io.stderr(`stackmap link: ${error}\n`);
    return 1;
  }

  const named = files.slice(0, absolute.length).map((f) => f.path);
  const view = parseView(parsed.view, explicitOrder(named.filter(isCompose)));
  if (typeof view === 'string') {
    io.stderr(`stackmap link: ${view}\n`);
    return 2;
  }
  const share = makeShareLink(files, view, parsed.base, parsed.includeSecrets);
  if (share.tooLong) {
    io.stderr(`stackmap link: ${tooLongMessage(share.length)}\n`);
    return 1;
  }
  if (share.masked.length) {
    const where = share.masked.map((m) => `  ${m.file}:${m.line}:${m.column} ${m.variable}`).join('\n');
    io.stderr(`Masked ${share.masked.length} secret value${share.masked.length === 1 ? '' : 's'} (--include-secrets shares them):\n${where}\n`);
  }
  io.stdout(`${share.link}\n`);
  return 0;
};
