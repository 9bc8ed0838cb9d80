"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { setPasswordSchema } from "@/lib/users/schema";
import { setPasswordWithToken } from "@/lib/users/set-password-with-token";

// No session here: the one-time token is the credential, checked and spent in the
// service. Each try costs a password hash, so tries are counted per address.
export const setPasswordAction = defineAction(
  { public: true, schema: setPasswordSchema, invalidPrefix: "", rateLimit: { name: "set-password", by: "ip", max: 10, windowSeconds: 60 } },
  async ({ token, password }, { ip, now }) => {
    await setPasswordWithToken(token, password, ip, now);
    redirect("/login?done=password-set");
  },
);
