import { iconResponse } from "@/lib/site-chrome/icon-response";
import { ICON_SIZES } from "@/lib/site-chrome/site-icon";

// The touch icon (issue 13): 180 px, the admin's choice or the built-in mark.
export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return iconResponse(request, ICON_SIZES.touch);
}
