import { ssoButtonLabel } from "@/lib/auth/sso/sso-settings";
import { PasskeySignIn } from "./passkey-sign-in";
import { SsoButton } from "./sso-button";
import { passkeySignInOptionsCall, signInWithPasskeyCall, signInWithSsoAction } from "./sign-in-actions";


// The sign-in page's passkey and single sign-on buttons, below the password form.
export function OtherWaysIn({ from }: { from: string }) {
  const ssoLabel = ssoButtonLabel();
  return (
    <section aria-label="Other ways to sign in" className="mt-8 space-y-4 border-t border-neutral-300 pt-6 dark:border-neutral-700">
      <PasskeySignIn from={from} getOptions={passkeySignInOptionsCall} signInWith={signInWithPasskeyCall} />
      {ssoLabel ? <SsoButton label={ssoLabel} from={from} action={signInWithSsoAction} /> : null}
    </section>
  );
}
