import "server-only";
import { generateRegistrationOptions, verifyRegistrationResponse, type PublicKeyCredentialCreationOptionsJSON, type RegistrationResponseJSON } from "@simplewebauthn/server";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { consumeChallenge, storeChallenge } from "@/lib/auth/passkeys/challenges";
import { relyingParty } from "@/lib/auth/passkeys/relying-party";

// A person may hold this many passkeys (phones, laptops, security keys).
export const MAX_PASSKEYS_PER_USER = 20;

// Discoverable credentials ("resident keys") so sign-in needs no email first, and user
// verification required: a passkey stands for both factors (something you have, and the
// PIN or biometric that unlocked it).
export async function startPasskeyRegistration(user: { id: string; email: string; name: string }, now: Date): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const existing = await db.passkey.findMany({ where: { userId: user.id }, select: { credentialId: true, transports: true } });
  if (existing.length >= MAX_PASSKEYS_PER_USER) throw new AppError("CONFLICT", `You already have ${MAX_PASSKEYS_PER_USER} passkeys. Remove one you no longer use first.`);
  const { rpID, rpName } = relyingParty();
  const options = await generateRegistrationOptions({
    rpName,
    rpID,
    userName: user.email,
    userDisplayName: user.name,
    userID: new TextEncoder().encode(user.id),
    attestationType: "none",
    excludeCredentials: existing.map((c) => ({ id: c.credentialId, transports: c.transports })),
    authenticatorSelection: { residentKey: "required", userVerification: "required" },
  });
  await storeChallenge(options.challenge, "register", user.id, now);
  return options;
}

export async function finishPasskeyRegistration(
  user: { id: string },
  input: { name: string; response: Record<string, unknown> },
  context: { ip: string | null; now: Date },
): Promise<{ id: string; name: string }> {
  const { rpID, origin } = relyingParty();
  let verification;
  try {
    verification = await verifyRegistrationResponse({
      response: input.response as unknown as RegistrationResponseJSON,
      expectedChallenge: (challenge) => consumeChallenge(challenge, "register", user.id, context.now),
      expectedOrigin: origin,
      expectedRPID: rpID,
      requireUserVerification: true,
    });
  } catch {
    throw new AppError("VALIDATION", "The passkey could not be registered: the request expired or did not come from this site. Try again.");
  }
  if (!verification.verified || !verification.registrationInfo) throw new AppError("VALIDATION", "The passkey could not be verified. Try again.");
  const { credential, credentialDeviceType, credentialBackedUp } = verification.registrationInfo;
  return db.$transaction(async (tx) => {
    const taken = await tx.passkey.findUnique({ where: { credentialId: credential.id }, select: { id: true } });
    if (taken) throw new AppError("CONFLICT", "This passkey is already registered.");
    const passkey = await tx.passkey.create({
      data: {
        userId: user.id,
        credentialId: credential.id,
        publicKey: Buffer.from(credential.publicKey),
        counter: BigInt(credential.counter),
        transports: credential.transports ?? [],
        deviceType: credentialDeviceType,
        backedUp: credentialBackedUp,
        name: input.name,
      },
      select: { id: true, name: true },
    });
    await recordAudit(tx, { actorId: user.id, action: "passkey.add", targetType: "user", targetId: user.id, ip: context.ip, details: { passkeyId: passkey.id, name: passkey.name } });
    return passkey;
  });
}
