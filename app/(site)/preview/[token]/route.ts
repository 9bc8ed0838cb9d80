import { previewPageResponse } from "@/components/site/preview-page";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  return previewPageResponse((await params).token);
}
