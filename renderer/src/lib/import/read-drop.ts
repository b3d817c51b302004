/** One dropped file, named by its path inside the drop ("folder/sub/x.txt"). */
export interface DroppedFile {
  name: string;
  file: File;
}

/**
 * Everything in a drop, folders walked recursively (via the File System entries API that
 * Chromium and Electron support), so dropping a folder of dumps imports all of it.
 */
export async function collectDrop(dt: DataTransfer): Promise<DroppedFile[]> {
  const entries = [...dt.items].filter((i) => i.kind === 'file').map((i) => i.webkitGetAsEntry?.() ?? null);
  if (entries.every((e) => e === null)) return [...dt.files].map((file) => ({ name: file.name, file }));
  const out: DroppedFile[] = [];
  for (const e of entries) if (e) await walk(e, '', out);
  return out;
}

async function walk(entry: FileSystemEntry, prefix: string, out: DroppedFile[]): Promise<void> {
  const name = prefix ? `${prefix}/${entry.name}` : entry.name;
  if (entry.isFile) {
    const file = await new Promise<File>((res, rej) => (entry as FileSystemFileEntry).file(res, rej));
    out.push({ name, file });
  } else if (entry.isDirectory) {
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    // readEntries returns results in chunks; keep reading until it returns none.
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((res, rej) => reader.readEntries(res, rej));
      if (batch.length === 0) break;
      for (const child of batch) await walk(child, name, out);
    }
  }
}

/** Base64 of a file's bytes, in chunks so a large file does not blow the call stack. */
export async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let bin = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) bin += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(bin);
}
