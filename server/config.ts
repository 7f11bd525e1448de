/**
 * Configuration, read from the environment once, validated and frozen.
 * Nothing else in the code base reads `process.env`: everything receives a
 * `Config`. An invalid setting stops start-up with a message naming it.
 */
import { resolve } from 'node:path'
import { passwordWeakness } from './accounts/password-policy.js'

export interface Bounds { minLon: number; minLat: number; maxLon: number; maxLat: number }

export interface Config {
  readonly port: number
  readonly host: string
  /** PostgreSQL URL; when absent the embedded PGlite engine is used. */
  readonly databaseUrl: string | undefined
  /** Folder of the embedded database (PGlite). */
  readonly dataDir: string
  /**
   * Origin of every absolute link (e-mails, feeds, OpenGraph, OGC, widgets):
   * PUBLIC_URL, else http://localhost:PORT. Never taken from a request header.
   */
  readonly publicUrl: string
  /** PUBLIC_URL was set (start-up warns when it was not). */
  readonly publicUrlConfigured: boolean
  /** NODE_ENV=production: PUBLIC_URL is then required. */
  readonly production: boolean
  readonly siteName: string
  readonly mapBounds: Bounds
  readonly mapStyleUrl: string | undefined
  readonly basemapPmtiles: string | undefined
  readonly sessionSecret: string | undefined
  readonly adminEmail: string | undefined
  readonly adminPassword: string | undefined
  /**
   * Fastify's trustProxy: false, a hop count, or the proxies' addresses
   * (IPs or CIDR ranges). `true` means one hop (a reverse proxy in front):
   * trusting every X-Forwarded-For would let a client choose its address.
   */
  readonly trustProxy: false | number | string[]
  readonly smtpUrl: string | undefined
  readonly geocoderUrl: string | undefined
  readonly legalNoticeUrl: string | undefined
  /** Anonymous writes allowed per client address and window. */
  readonly rateLimitWrites: number
  readonly rateLimitWindowSeconds: number
  /** Login tries on one account from one client address per window. */
  readonly rateLimitLogins: number
  /** Login tries from one client address, on any accounts, per window. */
  readonly rateLimitClientLogins: number
  /** Login tries on one account from anywhere per hour (ASVS 2.2.1: at most 100). */
  readonly rateLimitAccountLogins: number
  /** Load the demo data on the first start of an empty embedded database. */
  readonly seedDemo: boolean
  readonly logLevel: string
  /** Where the built web client lives (served as static files). */
  readonly webDist: string
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`)
    this.name = 'ConfigError'
  }
}

type Env = Record<string, string | undefined>

/** Default map area: mainland France. */
const FRANCE: Bounds = { minLon: -5.5, minLat: 41.2, maxLon: 9.8, maxLat: 51.2 }

export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = []
  const text = (name: string): string | undefined => {
    const value = env[name]?.trim()
    return value ? value : undefined
  }
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = text(name)
    if (raw === undefined) return fallback
    const value = Number(raw)
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer between ${min} and ${max} (got "${raw}")`)
      return fallback
    }
    return value
  }
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = text(name)?.toLowerCase()
    if (raw === undefined) return fallback
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true
    if (['0', 'false', 'no', 'off'].includes(raw)) return false
    problems.push(`${name} must be true or false (got "${raw}")`)
    return fallback
  }
  const url = (name: string, protocols: string[]): string | undefined => {
    const raw = text(name)
    if (raw === undefined) return undefined
    try {
      const parsed = new URL(raw)
      if (!protocols.includes(parsed.protocol)) {
        problems.push(`${name} must be a ${protocols.join(' or ')} URL (got "${parsed.protocol}")`)
      }
    } catch {
      problems.push(`${name} is not a valid URL`)
    }
    return raw
  }

  const mapBounds = parseBounds(text('MAP_BOUNDS'), problems) ?? FRANCE
  const adminEmail = text('ADMIN_EMAIL')
  const adminPassword = text('ADMIN_PASSWORD')
  if ((adminEmail === undefined) !== (adminPassword === undefined)) {
    problems.push('ADMIN_EMAIL and ADMIN_PASSWORD must be set together')
  }
  if (adminEmail !== undefined && !/^[^@\s]+@[^@\s]+$/.test(adminEmail)) {
    problems.push('ADMIN_EMAIL is not an e-mail address')
  }
  const weakness = adminPassword === undefined ? undefined : passwordWeakness(adminPassword)
  if (weakness !== undefined) problems.push(`ADMIN_PASSWORD ${weakness}`)
  const sessionSecret = text('SESSION_SECRET')
  if (sessionSecret !== undefined && sessionSecret.length < 32) {
    problems.push('SESSION_SECRET must have at least 32 characters')
  }
  const logLevel = text('LOG_LEVEL') ?? 'info'
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "${logLevel}")`)
  }
  const databaseUrl = url('DATABASE_URL', ['postgres:', 'postgresql:'])
  const production = text('NODE_ENV') === 'production'
  const publicUrl = url('PUBLIC_URL', ['http:', 'https:'])?.replace(/\/+$/, '')
  if (publicUrl === undefined && production) {
    problems.push('PUBLIC_URL must be set when NODE_ENV=production (links in e-mails and feeds are built from it)')
  }
  const port = integer('PORT', 3000, 0, 65535)

  const config: Config = {
    port,
    host: text('HOST') ?? '0.0.0.0',
    databaseUrl,
    dataDir: resolve(text('DATA_DIR') ?? 'data'),
    publicUrl: publicUrl ?? `http://localhost:${port}`,
    publicUrlConfigured: publicUrl !== undefined,
    production,
    siteName: text('SITE_NAME') ?? 'Archipel',
    mapBounds,
    mapStyleUrl: url('MAP_STYLE_URL', ['http:', 'https:']),
    basemapPmtiles: text('BASEMAP_PMTILES'),
    sessionSecret,
    adminEmail: adminEmail?.toLowerCase(),
    adminPassword,
    trustProxy: parseTrustProxy(text('TRUST_PROXY'), problems),
    smtpUrl: url('SMTP_URL', ['smtp:', 'smtps:']),
    geocoderUrl: url('GEOCODER_URL', ['http:', 'https:']),
    legalNoticeUrl: url('LEGAL_NOTICE_URL', ['http:', 'https:']),
    rateLimitWrites: integer('RATE_LIMIT_WRITES', 6, 1, 100000),
    rateLimitWindowSeconds: integer('RATE_LIMIT_WINDOW_SECONDS', 300, 1, 86400),
    rateLimitLogins: integer('RATE_LIMIT_LOGINS', 5, 1, 100000),
    rateLimitClientLogins: integer('RATE_LIMIT_CLIENT_LOGINS', 20, 1, 100000),
    rateLimitAccountLogins: integer('RATE_LIMIT_ACCOUNT_LOGINS', 100, 1, 100),
    seedDemo: bool('SEED_DEMO', databaseUrl === undefined),
    logLevel,
    webDist: resolve(text('WEB_DIST') ?? 'dist/web'),
  }
  if (problems.length > 0) throw new ConfigError(problems)
  return Object.freeze(config)
}

function parseBounds(raw: string | undefined, problems: string[]): Bounds | undefined {
  if (raw === undefined) return undefined
  const parts = raw.split(',').map((part) => Number(part.trim()))
  const [minLon, minLat, maxLon, maxLat] = parts
  if (
    parts.length !== 4 || parts.some((n) => !Number.isFinite(n)) ||
    minLon === undefined || minLat === undefined || maxLon === undefined || maxLat === undefined ||
    minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90 || minLon >= maxLon || minLat >= maxLat
  ) {
    problems.push(`MAP_BOUNDS must be "minLon,minLat,maxLon,maxLat" in degrees (got "${raw}")`)
    return undefined
  }
  return { minLon, minLat, maxLon, maxLat }
}

/** TRUST_PROXY: false, a number of proxy hops, or comma-separated proxy addresses. */
function parseTrustProxy(raw: string | undefined, problems: string[]): false | number | string[] {
  if (raw === undefined || ['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return 1
  if (/^\d+$/.test(raw)) return Math.min(Number(raw), 10)
  const addresses = raw.split(',').map((part) => part.trim()).filter(Boolean)
  const address = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]*:[0-9a-f:.]*)(\/\d{1,3})?$|^(loopback|linklocal|uniquelocal)$/i
  if (addresses.length === 0 || addresses.some((a) => !address.test(a))) {
    problems.push(`TRUST_PROXY must be false, a number of proxy hops, or the proxies' addresses separated by commas (got "${raw}")`)
    return false
  }
  return addresses
}
