# Build stage: every dependency (TypeScript included) to compile dist/ and dump the seed
# database that a first start loads instead of running initdb.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
COPY adapters ./adapters
COPY sql ./sql
RUN npm run build

# Runtime stage: production dependencies and the compiled JavaScript only.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` would build again, and TypeScript is not installed here.
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts
COPY bin ./bin
COPY sql ./sql
COPY --from=build /app/dist ./dist
# The embedded database (no DATABASE_URL) lives in ./.kindred, which the node user must own.
RUN mkdir -p .kindred && chown node:node .kindred
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=30s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "bin/kindred.js", "serve"]
