export function Forbidden({ what }: { what: string }) {
  return (
    <>
      <h1 className="text-2xl font-bold">Not available</h1>
      <p className="mt-3">{what} Ask an admin if you need this.</p>
    </>
  );
}
