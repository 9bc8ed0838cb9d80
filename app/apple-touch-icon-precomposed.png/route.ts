import { iconResponse } from "@/lib/site-chrome/icon-response";
import { ICON_SIZES } from "@/lib/site-chrome/site-icon";

// Older iOS asks for this name first: the same touch icon.
export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return iconResponse(request, ICON_SIZES.touch);
}
