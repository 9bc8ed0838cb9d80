// Recovery codes, shown once: monospace, one per line, easy to copy or print.
export function RecoveryCodeList({ codes }: { codes: string[] }) {
  return (
    <section aria-labelledby="recovery-heading" className="rounded border border-neutral-300 bg-white p-4 dark:border-neutral-700 dark:bg-neutral-900">
      <h2 id="recovery-heading" className="text-base font-semibold">Your recovery codes</h2>
      <p className="mt-1 text-sm">Each works once, instead of a code from the app. Keep them somewhere safe, away from your phone.</p>
      <ul aria-label="Recovery codes" className="mt-3 grid grid-cols-2 gap-x-6 gap-y-1 font-mono text-base">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
    </section>
  );
}
