import { DEFAULT_ASSUMPTIONS } from '../types';
import type { GroupBy, LayoutDirection, StartupAssumptions, Tab, ViewState } from '../types';

export const DEFAULT_VIEW: ViewState = Object.freeze({
  tab: 'graph',
  selected: null,
  direction: 'LR',
  profiles: [],
  fileOrder: [],
  filters: { search: '', focus: null, showInactive: false, hiddenNetworks: [], groupBy: 'none' },
  assumptions: { ...DEFAULT_ASSUMPTIONS },
  docsAnchor: null,
}) as ViewState;

const TABS: readonly Tab[] = ['graph', 'timeline', 'docs', 'problems'];
const DIRECTIONS: readonly LayoutDirection[] = ['LR', 'TB'];
const GROUP_BYS: readonly GroupBy[] = ['none', 'network', 'profile', 'docs'];
const PROBES: readonly StartupAssumptions['healthcheck'][] = ['first-probe', 'last-probe'];

// Bounds keep a hostile link from parking megabytes in view state that every render touches.
const MAX_NAME = 256;
const MAX_TEXT = 1024;
const MAX_LIST = 256;
const MAX_SECONDS = 24 * 3600;

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function oneOf<T extends string>(v: unknown, allowed: readonly T[], fallback: T): T {
  return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
}

function text(v: unknown, max: number, fallback: string): string {
  return typeof v === 'string' && v.length <= max ? v : fallback;
}

function nullableText(v: unknown, max: number): string | null {
  return typeof v === 'string' && v.length > 0 && v.length <= max ? v : null;
}

function textList(v: unknown, max: number): string[] {
  if (!Array.isArray(v)) return [];
  const out: string[] = [];
  for (const item of v.slice(0, MAX_LIST)) {
    if (typeof item === 'string' && item.length > 0 && item.length <= max && !out.includes(item)) out.push(item);
  }
  return out;
}

function seconds(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_SECONDS ? v : fallback;
}

function restoreAssumptions(v: unknown): StartupAssumptions {
  const a = isRecord(v) ? v : {};
  const d = DEFAULT_VIEW.assumptions;
  return {
    containerStart_s: seconds(a.containerStart_s, d.containerStart_s),
    oneShotRun_s: seconds(a.oneShotRun_s, d.oneShotRun_s),
    healthcheck: oneOf(a.healthcheck, PROBES, d.healthcheck),
  };
}

function restoreFilters(v: unknown): ViewState['filters'] {
  const f = isRecord(v) ? v : {};
  const d = DEFAULT_VIEW.filters;
  return {
    search: text(f.search, MAX_TEXT, d.search),
    focus: nullableText(f.focus, MAX_NAME),
    showInactive: typeof f.showInactive === 'boolean' ? f.showInactive : d.showInactive,
    hiddenNetworks: textList(f.hiddenNetworks, MAX_NAME),
    groupBy: oneOf(f.groupBy, GROUP_BYS, d.groupBy),
  };
}

/**
 * Turns anything (a link's payload, a workspace file, old saved state) into a valid view.
 * Every field is checked against an allowlist; a missing or wrong field takes its default,
 * unknown fields are dropped. Never throws.
 */
export function restoreView(input: unknown): ViewState {
  const v = isRecord(input) ? input : {};
  return {
    tab: oneOf(v.tab, TABS, DEFAULT_VIEW.tab),
    selected: nullableText(v.selected, MAX_NAME),
    direction: oneOf(v.direction, DIRECTIONS, DEFAULT_VIEW.direction),
    profiles: textList(v.profiles, MAX_NAME),
    fileOrder: textList(v.fileOrder, MAX_TEXT),
    filters: restoreFilters(v.filters),
    assumptions: restoreAssumptions(v.assumptions),
    docsAnchor: nullableText(v.docsAnchor, MAX_TEXT),
  };
}

/**
 * The fields of `view` that differ from the defaults, nested objects included; `restoreView`
 * of the result gives `view` back. Links carry only this, so an untouched view costs two bytes.
 */
export function compactView(view: ViewState): Record<string, unknown> {
  return diff(view as unknown as Record<string, unknown>, DEFAULT_VIEW as unknown as Record<string, unknown>);
}

function diff(value: Record<string, unknown>, base: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(base)) {
    const v = value[key];
    const b = base[key];
    if (isRecord(v) && isRecord(b)) {
      const nested = diff(v, b);
      if (Object.keys(nested).length > 0) out[key] = nested;
    } else if (JSON.stringify(v) !== JSON.stringify(b)) {
      out[key] = v;
    }
  }
  return out;
}
