import { iconResponse } from "@/lib/site-chrome/icon-response";
import { ICON_SIZES } from "@/lib/site-chrome/site-icon";

// The site icon (issue 13): the admin's choice or the built-in mark, never a 404.
export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return iconResponse(request, ICON_SIZES.favicon);
}
