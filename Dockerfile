# One image for both processes: `node -r ./scripts/register-paths.js dist/apps/<api|worker>/src/main.js`.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/scripts/register-paths.js ./scripts/register-paths.js
COPY package.json ./
USER node
EXPOSE 3000 3001
CMD ["node", "-r", "./scripts/register-paths.js", "dist/apps/api/src/main.js"]
