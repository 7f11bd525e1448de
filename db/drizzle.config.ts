import { defineConfig } from 'drizzle-kit'

// `npm run db:generate` writes a migration for changes to db/schema. Extensions,
// the loan exclusion constraint and other hand-written SQL live in migrations
// created with `npx drizzle-kit generate --custom --name <what>`.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './migrations',
})
