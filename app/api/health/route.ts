import { checkDatabase } from "@/lib/db/check-database";

export const dynamic = "force-dynamic";

// For load balancers and uptime checks: public, says nothing sensitive.
export async function GET(): Promise<Response> {
  const databaseUp = await checkDatabase();
  return Response.json(
    { status: databaseUp ? "ok" : "unavailable", database: databaseUp ? "up" : "down" },
    { status: databaseUp ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
