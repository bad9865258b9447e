/**
 * The files of a drop or a folder pick, with their paths: a dropped folder is walked through
 * DataTransferItem.webkitGetAsEntry() (every *.json inside, subfolders included, as the command
 * line reads a folder); files dropped or chosen one by one are all taken, so a wrong one is listed
 * with its reason instead of vanishing.
 */
export interface PickedFile { name: string; file: File }

const isJson = (name: string) => /\.json$/i.test(name);

/** The files of a folder input (webkitdirectory): the .json ones, named by their path in the folder. */
export function folderFiles(list: FileList | null): PickedFile[] {
  return [...(list ?? [])]
    .map((file) => ({ name: file.webkitRelativePath || file.name, file }))
    .filter((f) => isJson(f.name))
    .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
}

export function chosenFiles(list: FileList | null): PickedFile[] {
  return [...(list ?? [])].map((file) => ({ name: file.name, file }));
}

const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));

/** Every entry of a directory: readEntries answers in pieces until it answers none. */
async function entriesOf(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const out: FileSystemEntry[] = [];
  for (;;) {
    const part = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (part.length === 0) return out;
    out.push(...part);
  }
}

async function walk(entry: FileSystemEntry, out: PickedFile[], top: boolean): Promise<void> {
  const name = entry.fullPath.replace(/^\//, '') || entry.name;
  if (entry.isFile) {
    // inside a folder only the .json files count; a file dropped on its own is always read
    if (!top && !isJson(entry.name)) return;
    try {
      out.push({ name, file: await fileOf(entry as FileSystemFileEntry) });
    } catch {
      /* a file the browser cannot hand over is skipped like an unreadable folder entry */
    }
    return;
  }
  if (entry.isDirectory) {
    const children = await entriesOf(entry as FileSystemDirectoryEntry).catch(() => []);
    children.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
    for (const c of children) await walk(c, out, false);
  }
}

/**
 * The files of a drop. The entries must be taken while the drop event runs (the DataTransfer is
 * emptied after it), so call this synchronously from the handler and await the promise after.
 */
export function droppedFiles(dt: DataTransfer): Promise<PickedFile[]> {
  const items = [...dt.items].filter((i) => i.kind === 'file');
  const entries = items.map((i) => (typeof i.webkitGetAsEntry === 'function' ? i.webkitGetAsEntry() : null));
  const files = [...dt.files];
  return (async () => {
    if (entries.every((e) => e === null)) return files.map((file) => ({ name: file.name, file }));
    const out: PickedFile[] = [];
    for (const [i, e] of entries.entries()) {
      if (e) await walk(e, out, true);
      else if (files[i]) out.push({ name: files[i]!.name, file: files[i]! });
    }
    return out;
  })();
}
