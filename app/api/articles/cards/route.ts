import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { searchCardArticles } from "@/lib/articles/article-cards";

// The editor's article-card picker (issue 15): published articles by headline. Staff only;
// it lists only what readers can already see.
export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ message: "Your session has ended. Sign in again." }, { status: 401 });
  const params = new URL(request.url).searchParams;
  const query = (params.get("q") ?? "").slice(0, 100);
  const items = await searchCardArticles(query);
  return NextResponse.json({ items }, { headers: { "Cache-Control": "private, no-store" } });
}
