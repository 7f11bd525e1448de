/**
 * Configuration, read from the environment once, validated and frozen.
 * Nothing else in the code base reads `process.env`: everything receives a
 * `Config`. An invalid setting stops start-up with a message naming it.
 */
import { resolve } from 'node:path'

export interface Bounds { minLon: number; minLat: number; maxLon: number; maxLat: number }

export interface Config {
  readonly port: number
  readonly host: string
  /** PostgreSQL URL; when absent the embedded PGlite engine is used. */
  readonly databaseUrl: string | undefined
  /** Folder of the embedded database (PGlite). */
  readonly dataDir: string
  readonly publicUrl: string | undefined
  readonly siteName: string
  readonly mapBounds: Bounds
  readonly mapStyleUrl: string | undefined
  readonly basemapPmtiles: string | undefined
  readonly sessionSecret: string | undefined
  readonly adminEmail: string | undefined
  readonly adminPassword: string | undefined
  readonly trustProxy: boolean
  readonly smtpUrl: string | undefined
  readonly geocoderUrl: string | undefined
  readonly legalNoticeUrl: string | undefined
  /** Anonymous writes allowed per client address and window. */
  readonly rateLimitWrites: number
  readonly rateLimitWindowSeconds: number
  readonly rateLimitLogins: number
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
  if (adminPassword !== undefined && adminPassword.length < 10) {
    problems.push('ADMIN_PASSWORD must have at least 10 characters')
  }
  const sessionSecret = text('SESSION_SECRET')
  if (sessionSecret !== undefined && sessionSecret.length < 32) {
    problems.push('SESSION_SECRET must have at least 32 characters')
  }
  const logLevel = text('LOG_LEVEL') ?? 'info'
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "${logLevel}")`)
  }
  const databaseUrl = url('DATABASE_URL', ['postgres:', 'postgresql:'])

  const config: Config = {
    port: integer('PORT', 3000, 0, 65535),
    host: text('HOST') ?? '0.0.0.0',
    databaseUrl,
    dataDir: resolve(text('DATA_DIR') ?? 'data'),
    publicUrl: url('PUBLIC_URL', ['http:', 'https:'])?.replace(/\/+$/, ''),
    siteName: text('SITE_NAME') ?? 'Archipel',
    mapBounds,
    mapStyleUrl: url('MAP_STYLE_URL', ['http:', 'https:']),
    basemapPmtiles: text('BASEMAP_PMTILES'),
    sessionSecret,
    adminEmail: adminEmail?.toLowerCase(),
    adminPassword,
    trustProxy: bool('TRUST_PROXY', false),
    smtpUrl: url('SMTP_URL', ['smtp:', 'smtps:']),
    geocoderUrl: url('GEOCODER_URL', ['http:', 'https:']),
    legalNoticeUrl: url('LEGAL_NOTICE_URL', ['http:', 'https:']),
    rateLimitWrites: integer('RATE_LIMIT_WRITES', 6, 1, 100000),
    rateLimitWindowSeconds: integer('RATE_LIMIT_WINDOW_SECONDS', 300, 1, 86400),
    rateLimitLogins: integer('RATE_LIMIT_LOGINS', 10, 1, 100000),
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
