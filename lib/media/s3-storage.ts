import "server-only";
import { VARIANT_PATH } from "@/lib/media/media-url";
import { sha256Hex, signRequest } from "@/lib/media/sigv4";
import type { MediaStorage, StoredObject } from "@/lib/media/storage";

export type S3Options = { bucket: string; endpoint: string; region: string; accessKeyId: string; secretAccessKey: string; prefix: string };

// Path-style requests (endpoint/bucket/key), which every S3-compatible service accepts.
export class S3Storage implements MediaStorage {
  constructor(private readonly options: S3Options) {}

  private url(key: string): URL {
    if (!VARIANT_PATH.test(key)) throw new Error(`Not a media path: ${key}`);
    const base = this.options.endpoint.replace(/\/+$/, "");
    return new URL(`${base}/${this.options.bucket}/${this.options.prefix}${key}`);
  }

  private async send(method: string, key: string, body?: Buffer, contentType?: string): Promise<Response> {
    const url = this.url(key);
    const headers = signRequest({
      method,
      url,
      headers: contentType ? { "content-type": contentType } : {},
      payloadHash: sha256Hex(body ?? ""),
      region: this.options.region,
      accessKeyId: this.options.accessKeyId,
      secretAccessKey: this.options.secretAccessKey,
      date: new Date(),
    });
    delete headers.host;
    return fetch(url, { method, headers, body: body ? new Uint8Array(body) : undefined });
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    const response = await this.send("PUT", key, body, contentType);
    if (!response.ok) throw new Error(`S3 PUT ${key} failed: ${response.status} ${await response.text().catch(() => "")}`);
  }

  async get(key: string): Promise<StoredObject | null> {
    const response = await this.send("GET", key);
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`S3 GET ${key} failed: ${response.status}`);
    return { body: Buffer.from(await response.arrayBuffer()), contentType: response.headers.get("content-type") ?? "application/octet-stream" };
  }

  async remove(key: string): Promise<void> {
    const response = await this.send("DELETE", key);
    if (!response.ok && response.status !== 404) throw new Error(`S3 DELETE ${key} failed: ${response.status}`);
  }
}
