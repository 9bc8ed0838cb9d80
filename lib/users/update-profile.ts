import "server-only";
import { db } from "@/lib/db";
import type { ProfileInput } from "@/lib/users/schema";

// Everyone edits only their own profile: the id comes from the session, never the form.
export async function updateProfile(userId: string, input: ProfileInput): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { name: input.name, bio: input.bio } });
}
