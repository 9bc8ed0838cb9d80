import type { Server } from "node:http";
import Provider from "oidc-provider";

// A real OpenID Connect provider (the `oidc-provider` package, the certified implementation
// many identity servers build on), run inside the test process on a local port: discovery,
// authorization code with PKCE, state and nonce, signed ID tokens. Its development login form
// signs in whatever login is typed; each test registers the person behind that login first.

export type IdpAccount = { email: string; emailVerified: boolean; name: string; groups?: string[] };
export type TestIdp = { issuer: string; clientId: string; clientSecret: string; addAccount: (login: string, account: IdpAccount) => void; stop: () => Promise<void> };

export async function startOidcProvider(port: number, redirectUri: string): Promise<TestIdp> {
  const issuer = `http://localhost:${port}`;
  const clientId = "dateline-e2e";
  const clientSecret = "dateline-e2e-client-secret-not-secret";
  const accounts = new Map<string, IdpAccount>();
  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], grant_types: ["authorization_code"], response_types: ["code"] }],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"], groups: ["groups"] },
    scopes: ["openid", "email", "profile", "groups"],
    // The claims go in the ID token, which Auth.js reads (no userinfo call).
    conformIdTokenClaims: false,
    cookies: { keys: ["dateline-e2e-idp-cookie-key"] },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx, id) {
      const account = accounts.get(id);
      if (!account) return undefined;
      return {
        accountId: id,
        async claims() {
          return { sub: id, email: account.email, email_verified: account.emailVerified, name: account.name, groups: account.groups ?? [] };
        },
      };
    },
    // No consent screen: a company's own provider has none for its own apps either.
    async loadExistingGrant(ctx) {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId });
      grant.addOIDCScope("openid email profile groups");
      grant.addOIDCClaims(["email", "email_verified", "name", "groups"]);
      await grant.save();
      return grant;
    },
  });
  const server: Server = await new Promise((resolve) => {
    const s = provider.listen(port, () => resolve(s));
  });
  return {
    issuer,
    clientId,
    clientSecret,
    addAccount: (login, account) => accounts.set(login, account),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
