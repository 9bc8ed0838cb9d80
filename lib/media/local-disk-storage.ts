import "server-only";
import { mkdir, readFile, rm, writeFile, rename } from "node:fs/promises";
import path from "node:path";
import { VARIANT_PATH, CONTENT_TYPE } from "@/lib/media/media-url";
import type { MediaStorage, StoredObject } from "@/lib/media/storage";

// Files under one folder (default ./uploads, git-ignored). Paths are checked against
// the variant pattern, so nothing outside the folder can be named.
export class LocalDiskStorage implements MediaStorage {
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private resolve(key: string): string {
    if (!VARIANT_PATH.test(key)) throw new Error(`Not a media path: ${key}`);
    return path.join(this.root, key);
  }

  async put(key: string, body: Buffer): Promise<void> {
    const file = this.resolve(key);
    await mkdir(path.dirname(file), { recursive: true });
    // Write then rename, so a reader never sees half a file.
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, body);
    await rename(temp, file);
  }

  async get(key: string): Promise<StoredObject | null> {
    try {
      const body = await readFile(this.resolve(key));
      return { body, contentType: CONTENT_TYPE[key.split(".").pop() ?? ""] ?? "application/octet-stream" };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await rm(this.resolve(key), { force: true });
  }
}
