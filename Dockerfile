# Production image: build once, run the app (scripts/serve.js, through `npm start`) against
# the DATABASE_URL given at run time.
FROM node:24-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
COPY scripts/prisma-generate.js scripts/no-schema-engine.sh ./scripts/
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx next build

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
COPY --from=build /app /app
# The app writes its page cache (.next), uploads and generated secrets; nothing else.
RUN mkdir -p /app/uploads /app/.data && chown -R node:node /app/.next /app/uploads /app/.data
USER node
EXPOSE 3000
# Migrations and the idempotent seed run first, then the server.
CMD ["npm", "start"]
