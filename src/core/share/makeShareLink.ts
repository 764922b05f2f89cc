import type { ViewState, WorkspaceFile } from '../types';
import { encodePermalink, MAX_PERMALINK_LENGTH } from './codec';
import { maskSecrets } from './maskSecrets';
import type { MaskedSecret, ShareState } from './types';

export interface ShareLink {
  /** `base#fragment`. */
  link: string;
  fragment: string;
  length: number;
  /** Over `MAX_PERMALINK_LENGTH`: offer a workspace file or a `?src=` link instead. */
  tooLong: boolean;
  masked: MaskedSecret[];
  /** What the link carries (secrets masked unless included): the workspace file to offer. */
  state: ShareState;
}

/** The one place a workspace becomes a link: masks secrets unless told not to, encodes, measures. */
export function makeShareLink(files: WorkspaceFile[], view: ViewState, base: string, includeSecrets = false): ShareLink {
  const { files: shared, masked } = includeSecrets ? { files, masked: [] } : maskSecrets(files);
  const state: ShareState = { version: 1, files: shared, view };
  const fragment = encodePermalink(state);
  const link = `${base.replace(/#.*$/, '')}#${fragment}`;
  return { link, fragment, length: link.length, tooLong: link.length > MAX_PERMALINK_LENGTH, masked, state };
}

/** What to tell someone whose workspace does not fit in a link: the two ways out. */
export function tooLongMessage(length: number): string {
  return [
    `This workspace makes a link of ${length.toLocaleString('en')} characters; links over ${MAX_PERMALINK_LENGTH.toLocaleString('en')} get cut off by chat apps, mail and servers.`,
    'Share it another way:',
    '  • Download a workspace file (.stackmap.json) and send it; it opens by dropping it on Stackmap.',
    '  • Host the files (a repository, a gist) and share Stackmap?src=RAW_URL&src=RAW_URL…, one src per file.',
  ].join('\n');
}
