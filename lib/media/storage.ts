import "server-only";
import { LocalDiskStorage } from "@/lib/media/local-disk-storage";
import { S3Storage } from "@/lib/media/s3-storage";

// Where image variants live. Local disk by default (one instance); an S3-compatible
// bucket when MEDIA_S3_BUCKET is set, so several app instances share the files.
export type StoredObject = { body: Buffer; contentType: string };

export type MediaStorage = {
  put(path: string, body: Buffer, contentType: string): Promise<void>;
  get(path: string): Promise<StoredObject | null>;
  remove(path: string): Promise<void>;
};

let storage: MediaStorage | undefined;

export function getMediaStorage(): MediaStorage {
  storage ??= process.env.MEDIA_S3_BUCKET
    ? new S3Storage({
        bucket: process.env.MEDIA_S3_BUCKET,
        endpoint: process.env.MEDIA_S3_ENDPOINT || `https://s3.${process.env.MEDIA_S3_REGION || "us-east-1"}.amazonaws.com`,
        region: process.env.MEDIA_S3_REGION || "us-east-1",
        accessKeyId: process.env.MEDIA_S3_ACCESS_KEY_ID ?? "",
        secretAccessKey: process.env.MEDIA_S3_SECRET_ACCESS_KEY ?? "",
        prefix: process.env.MEDIA_S3_PREFIX ?? "media/",
      })
    : new LocalDiskStorage(process.env.MEDIA_DIR || "uploads");
  return storage;
}
