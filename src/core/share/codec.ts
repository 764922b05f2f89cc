import { deflateSync, strFromU8, strToU8 } from 'fflate';
import type { Diagnostic, Parsed } from '../types';
import { decodeBase64url, encodeBase64url } from './base64url';
import { PERMALINK_DICTIONARY } from './dictionary';
import { inflateBounded } from './inflateBounded';
import { compactView, isRecord } from './restoreView';
import { restoreShareState } from './restoreShareState';
import { salvagePayload } from './salvageJson';
import type { ShareState } from './types';

/**
 * Longest link we hand out. RFC 9110 §4.1 asks every HTTP implementation to support URIs of
 * at least 8,000 octets, and that is where things start to break in practice: nginx's default
 * header buffers are 8 KiB, Apache's LimitRequestLine is 8,190, CDNs and link shorteners cap
 * near there, and chat and mail apps cut or refuse long links well before browsers do (Chrome
 * takes 2 MB). The fragment never reaches a server, but the link passes through all of these.
 */
export const MAX_PERMALINK_LENGTH = 8000;

/** Links longer than this are not links someone pasted; refuse before decoding anything. */
export const MAX_FRAGMENT_INPUT = 2_000_000;
/** Decompressed payload cap. A full 8,000-character link of text inflates to well under 100 KB. */
export const MAX_PAYLOAD_BYTES = 2 * 1024 * 1024;

// `v1.` = base64url(deflate-raw(payload)); `v1d.` = the same with the preset dictionary.
const PLAIN = 'v1.';
const WITH_DICTIONARY = 'v1d.';

/** The JSON a link carries: the view first (only fields that differ from the defaults), then `[path, text]` pairs. */
export function encodePayload(state: ShareState): string {
  return JSON.stringify([compactView(state.view), state.files.map((f) => [f.path, f.text])]);
}

/**
 * Encodes the files and view into a URL fragment (without `#`). Always uses the shorter of the
 * plain and the dictionary encoding. Compare the result with `MAX_PERMALINK_LENGTH`.
 */
export function encodePermalink(state: ShareState): string {
  const bytes = strToU8(encodePayload(state));
  const plain = PLAIN + encodeBase64url(deflateSync(bytes, { level: 9 }));
  const dict = WITH_DICTIONARY + encodeBase64url(deflateSync(bytes, { level: 9, dictionary: PERMALINK_DICTIONARY }));
  return dict.length < plain.length ? dict : plain;
}

const failure = (code: string, message: string): Diagnostic => ({ severity: 'error', code, message, source: null });

const MESSAGES = {
  notLink: 'This is not a Stackmap link: the part after # should start with "v1.".',
  newer: 'This link was made by a newer version of Stackmap. Open it with the version that made it, or ask for a workspace file.',
  tooLong: 'This link is too long to be a Stackmap link, so it was not opened.',
  badCharacters: 'This link is damaged: it contains characters a Stackmap link never has. Copy it again from where it was shared.',
  truncated: 'This link is damaged: it was probably cut off by the app it was pasted into. Ask for the whole link, or for a workspace file.',
  corrupt: 'This link is damaged: some of its characters were changed on the way. Copy it again from where it was shared.',
  tooLarge: `This link unpacks to more than ${MAX_PAYLOAD_BYTES / 1024 / 1024} MB, far more than any real workspace link, so it was not opened.`,
  badPayload: 'This link is damaged: its contents are not what Stackmap writes. Copy it again from where it was shared.',
};

/** Accepts the fragment with or without `#`, or a whole URL that contains one. */
function fragmentOf(input: string): string {
  const hash = input.indexOf('#');
  let fragment = (hash >= 0 ? input.slice(hash + 1) : input).trim();
  // Some apps percent-encode what they do not recognise; base64url never needs it.
  if (fragment.includes('%')) {
    try {
      fragment = decodeURIComponent(fragment);
    } catch {
      // Leave it: the base64 check below names the bad character.
    }
  }
  return fragment;
}

/**
 * Decodes a permalink fragment. Hostile-input safe: the input and the decompressed size are
 * bounded, and every field is restored against an allowlist. On damage it returns what could
 * be rescued (the view, the files that came through whole) with a plain error, or null.
 */
export function decodePermalink(fragment: string): Parsed<ShareState | null> {
  if (typeof fragment !== 'string') return { value: null, diagnostics: [failure('link-not-stackmap', MESSAGES.notLink)] };
  if (fragment.length > MAX_FRAGMENT_INPUT) return { value: null, diagnostics: [failure('link-too-large', MESSAGES.tooLong)] };
  const text = fragmentOf(fragment);
  const prefix = /^v(\d+)(d?)\./.exec(text);
  if (!prefix) return { value: null, diagnostics: [failure('link-not-stackmap', MESSAGES.notLink)] };
  if (prefix[1] !== '1') return { value: null, diagnostics: [failure('link-newer-version', MESSAGES.newer)] };

  const decoded = decodeBase64url(text.slice(prefix[0].length));
  if ('badAt' in decoded) return { value: null, diagnostics: [failure('link-damaged', MESSAGES.badCharacters)] };
  const inflated = inflateBounded(decoded.bytes, MAX_PAYLOAD_BYTES, prefix[2] ? PERMALINK_DICTIONARY : undefined);
  if (inflated.ok) return decodePayload(strFromU8(inflated.bytes));
  if (inflated.reason === 'too-large') return { value: null, diagnostics: [failure('link-too-large', MESSAGES.tooLarge)] };
  const problem = failure('link-damaged', inflated.reason === 'truncated' ? MESSAGES.truncated : MESSAGES.corrupt);
  return rescue(strFromU8(inflated.partial), problem);
}

function decodePayload(json: string): Parsed<ShareState | null> {
  let payload: unknown;
  try {
    payload = JSON.parse(json);
  } catch {
    // A cut that lands on a deflate block boundary inflates cleanly and leaves JSON that just stops.
    return rescue(json, failure('link-damaged', MESSAGES.badPayload));
  }
  if (!Array.isArray(payload) || !isRecord(payload[0])) {
    return { value: null, diagnostics: [failure('link-damaged', MESSAGES.badPayload)] };
  }
  return restoreShareState({ view: payload[0], files: payload[1] }, 'link');
}

function rescue(partialJson: string, damage: Diagnostic): Parsed<ShareState | null> {
  const { value: salvaged, unfinished } = salvagePayload(partialJson);
  const problem = unfinished && damage.message === MESSAGES.badPayload ? { ...damage, message: MESSAGES.truncated } : damage;
  if (!salvaged || !isRecord(salvaged[0])) return { value: null, diagnostics: [problem] };
  const restored = restoreShareState({ view: salvaged[0], files: salvaged[1] ?? [] }, 'link');
  const kept = restored.value.files.length;
  const note = kept > 0 ? ` The view and ${kept} file${kept === 1 ? '' : 's'} came through whole and are shown.` : ' The view came through and is shown, without files.';
  return { value: restored.value, diagnostics: [{ ...problem, message: problem.message + note }, ...restored.diagnostics] };
}
