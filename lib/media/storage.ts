import "server-only";
import { LocalDiskStorage } from "@/lib/media/local-disk-storage";
import { S3Storage } from "@/lib/media/s3-storage";
import { settings } from "@/lib/settings";

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
  const s = settings();
  storage ??= s.MEDIA_S3_BUCKET
    ? new S3Storage({
        bucket: s.MEDIA_S3_BUCKET,
        endpoint: s.MEDIA_S3_ENDPOINT ?? `https://s3.${s.MEDIA_S3_REGION}.amazonaws.com`,
        region: s.MEDIA_S3_REGION,
        accessKeyId: s.MEDIA_S3_ACCESS_KEY_ID,
        secretAccessKey: s.MEDIA_S3_SECRET_ACCESS_KEY,
        prefix: s.MEDIA_S3_PREFIX,
      })
    : new LocalDiskStorage(s.MEDIA_DIR);
  return storage;
}
