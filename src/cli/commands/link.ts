import fs from 'node:fs';
import path from 'node:path';
import { makeShareLink, tooLongMessage } from '../../core/share/makeShareLink';
import { DEFAULT_VIEW, restoreView } from '../../core/share/restoreView';
import type { ViewState } from '../../core/types';
import type { Command } from '../io';
import { addFromDisk, readWorkspace } from '../readWorkspace';

const USAGE = `Usage: stackmap link FILES… [--base URL] [--view KEY=VALUE]… [--include-secrets]

Prints a link that opens exactly these files in Stackmap, in the view you name.
Secret-looking values (passwords, tokens, keys) are masked unless --include-secrets.
A compose file brings the .env beside it along.

View keys: tab (graph|timeline|docs|problems), selected, direction (LR|TB), profiles (a,b),
  fileOrder (a.yaml,b.yaml), docsAnchor (path#anchor), search, focus, showInactive (true|false),
  groupBy (none|network|profile), containerStart, oneShotRun (seconds), healthcheck (first-probe|last-probe)
`;

export const DEFAULT_BASE = 'http://localhost:5173/';

const isCompose = (p: string) => /\.ya?ml$/i.test(p);
const list = (v: string) => v.split(',').map((s) => s.trim()).filter(Boolean);

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
  groupBy: (v, x) => (v.filters.groupBy = x),
  containerStart: (v, x) => (v.assumptions.containerStart_s = Number(x)),
  oneShotRun: (v, x) => (v.assumptions.oneShotRun_s = Number(x)),
  healthcheck: (v, x) => (v.assumptions.healthcheck = x),
};

interface LinkArgs {
  files: string[];
  base: string;
  view: string[];
  includeSecrets: boolean;
}

function parseArgs(args: string[]): LinkArgs | string {
  const out: LinkArgs = { files: [], base: DEFAULT_BASE, view: [], includeSecrets: false };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].startsWith('--') && args[i].includes('=') ? [args[i].slice(0, args[i].indexOf('=')), args[i].slice(args[i].indexOf('=') + 1)] : [args[i], undefined];
    const value = () => inline ?? args[++i];
    if (flag === '--base') out.base = value() ?? '';
    else if (flag === '--view') out.view.push(value() ?? '');
    else if (flag === '--include-secrets') out.includeSecrets = true;
    else if (flag.startsWith('-') && flag !== '-') return `unknown option ${flag}`;
    else out.files.push(args[i]);
  }
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

// Compose picks these on its own; naming exactly them (in any order) needs no fileOrder.
const DEFAULT_COMPOSE = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];
function explicitOrder(compose: string[]): string[] {
  const main = compose.find((p) => DEFAULT_COMPOSE.includes(p));
  const override = main?.replace(/\.(ya?ml)$/, '.override.$1');
  const isDefault = main !== undefined && compose.every((p) => p === main || p === override);
  return isDefault ? [] : compose;
}

/** `stackmap link FILES… [--base URL] [--view K=V]… [--include-secrets]`: a permalink, or exit 1 when too long. */
export const link: Command = async (args, io) => {
  if (args.includes('-h') || args.includes('--help')) {
    io.stdout(USAGE);
    return 0;
  }
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`stackmap link: ${parsed}\n\n${USAGE}`);
    return 2;
  }
  const absolute = parsed.files.map((f) => path.resolve(io.cwd, f));
  const envFiles = absolute.filter(isCompose).map((f) => path.join(path.dirname(f), '.env')).filter((f) => !absolute.includes(f) && fs.existsSync(f));
  const root = commonFolder([...absolute, ...envFiles]);
  const read = readWorkspace(parsed.files, io.cwd, root);
  for (const env of new Set(envFiles)) addFromDisk(read, path.relative(root, env).split(path.sep).join('/'));
  if (read.errors.length) {
    for (const error of read.errors) io.stderr(`stackmap link: ${error}\n`);
    return 1;
  }

  const view = parseView(parsed.view, explicitOrder(read.named.filter(isCompose)));
  if (typeof view === 'string') {
    io.stderr(`stackmap link: ${view}\n`);
    return 2;
  }
  const share = makeShareLink(read.files, view, parsed.base, parsed.includeSecrets);
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
