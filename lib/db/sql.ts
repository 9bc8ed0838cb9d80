// A parameterised SQL statement built with a template tag, without Prisma: the proxy's
// queries (lib/articles/known-slugs.ts, slug-redirect-index.ts) run outside the Prisma
// client, on the same pool (lib/db/connections.ts). Interpolated values become $n
// parameters; an interpolated `SqlQuery` is spliced in with its own parameters, so
// fragments such as the public-article rule compose. The same shape as Prisma.Sql
// (strings and values), so `prismaSql()` in lib/db.ts hands one to Prisma unchanged.
export class SqlQuery {
  readonly strings: readonly string[];
  readonly values: readonly unknown[];

  constructor(strings: readonly string[], values: readonly unknown[]) {
    const flatStrings = [strings[0] ?? ""];
    const flatValues: unknown[] = [];
    values.forEach((value, i) => {
      const after = strings[i + 1] ?? "";
      if (value instanceof SqlQuery) {
        flatStrings[flatStrings.length - 1] += value.strings[0] ?? "";
        flatValues.push(...value.values);
        flatStrings.push(...value.strings.slice(1));
        flatStrings[flatStrings.length - 1] += after;
      } else {
        flatValues.push(value);
        flatStrings.push(after);
      }
    });
    this.strings = flatStrings;
    this.values = flatValues;
  }

  /** The statement with $1, $2… where the values go (node-postgres's form). */
  get text(): string {
    return this.strings.reduce((text, part, i) => `${text}$${i}${part}`);
  }
}

export function sql(strings: TemplateStringsArray, ...values: unknown[]): SqlQuery {
  return new SqlQuery(strings, values);
}

/** Text known at build time (column lists, constants), never user input. */
export function rawSql(text: string): SqlQuery {
  return new SqlQuery([text], []);
}

/** `parts` joined by `separator` (text known at build time: " AND ", ", "). */
export function joinSql(parts: readonly SqlQuery[], separator: string): SqlQuery {
  if (parts.length === 0) return rawSql("");
  return new SqlQuery(["", ...parts.slice(1).map(() => separator), ""], parts);
}

/**
 * A LIMIT (or OFFSET) written into the text, not sent as a parameter. The statements are prepared
 * (lib/db/connections.ts), and PostgreSQL plans a `LIMIT $n` it cannot see as if it kept
 * a tenth of the rows: that plan then looks dearer than planning each time, so it plans
 * each time (1.5 ms for the related stories' statement). A literal lets it keep one plan.
 */
export function limitSql(limit: number): SqlQuery {
  if (!Number.isSafeInteger(limit) || limit < 0 || limit > 10_000) throw new Error(`Not a row limit: ${limit}`);
  return rawSql(String(limit));
}
