import "server-only";
import { generateAuthenticationOptions, verifyAuthenticationResponse, type AuthenticationResponseJSON, type PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/server";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import type { AuthenticatedUser } from "@/lib/auth/authenticate";
import { consumeChallenge, storeChallenge } from "@/lib/auth/passkeys/challenges";
import { relyingParty } from "@/lib/auth/passkeys/relying-party";

// No allowCredentials: the authenticator offers the passkeys it holds for this site
// (discoverable credentials), so the sign-in page asks for nothing first.
export async function startPasskeySignIn(now: Date): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const options = await generateAuthenticationOptions({ rpID: relyingParty().rpID, userVerification: "required" });
  await storeChallenge(options.challenge, "sign-in", null, now);
  return options;
}

// A verified assertion from a registered passkey of an active account, for a challenge this
// server issued and has not seen used, with user verification and a signature counter that
// moved forward (a counter that goes back means a cloned authenticator: refused and audited).
export async function authenticateWithPasskey(response: AuthenticationResponseJSON, ip: string | null, now: Date): Promise<AuthenticatedUser | null> {
  const passkey = await db.passkey.findUnique({
    where: { credentialId: response.id },
    select: { id: true, credentialId: true, publicKey: true, counter: true, transports: true, user: { select: { id: true, name: true, email: true, active: true, sessionVersion: true } } },
  });
  const refuse = async (reason: string) => {
    await db.$transaction((tx) =>
      recordAudit(tx, { actorId: null, action: "auth.sign_in_failed", targetType: "session", targetId: passkey?.user.id ?? null, ip, details: { method: "passkey", reason } }),
    );
    return null;
  };
  if (!passkey) return refuse("unknown passkey");
  const { rpID, origin } = relyingParty();
  let verification;
  try {
    verification = await verifyAuthenticationResponse({
      response,
      expectedChallenge: (challenge) => consumeChallenge(challenge, "sign-in", null, now),
      expectedOrigin: origin,
      expectedRPID: rpID,
      credential: { id: passkey.credentialId, publicKey: new Uint8Array(passkey.publicKey), counter: Number(passkey.counter), transports: passkey.transports as never },
      requireUserVerification: true,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    return refuse(/counter/i.test(message) ? "signature counter did not increase (possible cloned authenticator)" : "verification failed");
  }
  if (!verification.verified) return refuse("verification failed");
  if (!passkey.user.active) return refuse("account deactivated");
  const user = passkey.user;
  await db.$transaction(async (tx) => {
    await tx.passkey.update({ where: { id: passkey.id }, data: { counter: BigInt(verification.authenticationInfo.newCounter), lastUsedAt: now } });
    await recordAudit(tx, { actorId: user.id, action: "auth.sign_in", targetType: "session", targetId: user.id, ip, details: { method: "passkey", passkeyId: passkey.id } });
  });
  return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}
