// Uploads one file to /api/uploads with progress. XMLHttpRequest, because fetch cannot
// report upload progress.
export type UploadedImage = {
  id: string;
  storageKey: string;
  format: string;
  src: string;
  srcSet: string;
  width: number;
  height: number;
  widths: number[];
  alt: string;
  caption: string;
  credit: string;
};

export const ACCEPT_IMAGES = "image/jpeg,image/png,image/webp,image/avif,image/gif";

export function uploadImage(file: File, onProgress: (fraction: number) => void): Promise<UploadedImage> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/uploads");
    xhr.setRequestHeader("Accept", "application/json");
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: { message?: string } & Partial<UploadedImage> = {};
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // handled below
      }
      if (xhr.status === 201 && body.id) resolve(body as UploadedImage);
      else reject(new Error(body.message ?? `The upload failed (${xhr.status}). Try again.`));
    };
    xhr.onerror = () => reject(new Error("The upload was interrupted. Check your connection and try again."));
    xhr.send(file);
  });
}
