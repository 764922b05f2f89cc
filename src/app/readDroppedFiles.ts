import type { WorkspaceFile } from '../core/types';

/** Files larger than this are not read into the page: a diagnostic says so instead. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface DroppedFiles {
  files: WorkspaceFile[];
  errors: string[];
}

const TEXT_NAME = /\.(ya?ml|json|md|markdown|env|txt)$|(^|\/)\.env(\.[^/]*)?$|(^|\/)[^/.]+$/i;

/**
 * Reads what the user dropped or picked: plain files, or folders (through the entries API),
 * keeping paths relative to the dropped folder so `docs/architecture.md` stays a path.
 */
export async function readDataTransfer(items: DataTransferItemList | null, fallback: FileList | null): Promise<DroppedFiles> {
  const entries = items
    ? [...items].map((i) => (i.kind === 'file' ? i.webkitGetAsEntry?.() : null)).filter((e): e is FileSystemEntry => !!e)
    : [];
  if (entries.length && entries.some((e) => e.isDirectory)) {
    const out: DroppedFiles = { files: [], errors: [] };
    for (const entry of entries) await walk(entry, '', out, entries.length === 1 && entry.isDirectory);
    return out;
  }
  return readFileList(fallback);
}

export async function readFileList(list: FileList | File[] | null): Promise<DroppedFiles> {
  const out: DroppedFiles = { files: [], errors: [] };
  for (const file of list ? [...list] : []) {
    const path = (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name;
    await readOne(file, path, out);
  }
  return out;
}

async function readOne(file: File, path: string, out: DroppedFiles): Promise<void> {
  if (file.size > MAX_FILE_BYTES) {
    out.errors.push(`${path} is ${(file.size / 1e6).toFixed(1)} MB; Stackmap reads files up to ${MAX_FILE_BYTES / 1e6} MB.`);
    return;
  }
  out.files.push({ path, text: await file.text() });
}

async function walk(entry: FileSystemEntry, prefix: string, out: DroppedFiles, isRoot: boolean): Promise<void> {
  if (entry.isFile) {
    const path = prefix + entry.name;
    if (!TEXT_NAME.test(path) || /(^|\/)(node_modules|\.git)\//.test(path)) return;
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    await readOne(file, path, out);
    return;
  }
  if (!entry.isDirectory || /^(node_modules|\.git)$/.test(entry.name)) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (!batch.length) break;
    children.push(...batch);
  }
  const next = isRoot ? '' : `${prefix}${entry.name}/`;
  for (const child of children) await walk(child, next, out, false);
}
