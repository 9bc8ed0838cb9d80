#!/bin/sh
# Stand-in for Prisma's schema engine, which cannot be downloaded offline.
# Migrations run through scripts/migrate.ts instead.
echo "Prisma's schema engine is not used by Dateline; run 'npm run db:migrate'." >&2
exit 1
