/**
 * Loads the official administrative division of France (communes, EPCI,
 * départements, régions) from `@etalab/decoupage-administratif`, shipped
 * offline in node_modules. It is reference data, not demo data: every
 * instance needs it, on either engine. Loaded when missing or when the
 * package brings a different set.
 */
import { createRequire } from 'node:module'
import { sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { territories } from '../../db/schema/index.js'

const require = createRequire(import.meta.url)
const DATA = '@etalab/decoupage-administratif/data'

interface Commune { code: string; nom: string; type: string; departement?: string; region?: string; codesPostaux?: string[]; population?: number }
interface Epci { code: string; nom: string; populationTotale?: number; membres: { code: string }[] }
interface Departement { code: string; nom: string; region: string }
interface Region { code: string; nom: string }

type TerritoryRow = typeof territories.$inferInsert

/** The rows of the `territories` table, built from the package's files. */
export function buildTerritoryRows(): TerritoryRow[] {
  const communes = (require(`${DATA}/communes.json`) as Commune[]).filter((c) => c.type === 'commune-actuelle')
  const epcis = require(`${DATA}/epci.json`) as Epci[]
  const departements = require(`${DATA}/departements.json`) as Departement[]
  const regions = require(`${DATA}/regions.json`) as Region[]

  const epciOf = new Map<string, string>()
  for (const epci of epcis) for (const member of epci.membres) epciOf.set(member.code, epci.code)
  const communeByCode = new Map(communes.map((c) => [c.code, c]))

  const rows: TerritoryRow[] = []
  const add = (row: Omit<TerritoryRow, 'searchName'>) => rows.push({ ...row, searchName: '' })
  for (const region of regions) {
    add({ id: `region:${region.code}`, type: 'region', code: region.code, name: region.nom, parents: [] })
  }
  for (const dep of departements) {
    add({ id: `departement:${dep.code}`, type: 'departement', code: dep.code, name: dep.nom, parents: [`region:${dep.region}`] })
  }
  for (const epci of epcis) {
    const members = epci.membres.map((m) => communeByCode.get(m.code)).filter((c): c is Commune => c !== undefined)
    const deps = [...new Set(members.map((c) => c.departement).filter(Boolean))].map((d) => `departement:${d}`)
    const regs = [...new Set(members.map((c) => c.region).filter(Boolean))].map((r) => `region:${r}`)
    add({ id: `epci:${epci.code}`, type: 'epci', code: epci.code, name: epci.nom, parents: [...deps, ...regs], population: epci.populationTotale ?? null })
  }
  for (const commune of communes) {
    const epci = epciOf.get(commune.code)
    add({
      id: `commune:${commune.code}`,
      type: 'commune',
      code: commune.code,
      name: commune.nom,
      postalCodes: commune.codesPostaux ?? [],
      parents: [
        ...(epci ? [`epci:${epci}`] : []),
        ...(commune.departement ? [`departement:${commune.departement}`] : []),
        ...(commune.region ? [`region:${commune.region}`] : []),
      ],
      population: commune.population ?? null,
    })
  }
  return rows
}

/** Makes sure the territories table holds the package's data; returns rows loaded (0 if already there). */
export async function ensureReferenceData(database: Database): Promise<number> {
  const rows = buildTerritoryRows()
  const [current] = await database.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM territories`)
  if (current?.n === rows.length) return 0
  await database.db.transaction(async (tx) => {
    await database.query(sql`DELETE FROM territories`, tx as never)
    for (let i = 0; i < rows.length; i += 2000) {
      await tx.insert(territories).values(rows.slice(i, i + 2000))
    }
    await database.query(sql`UPDATE territories SET search_name = archipel_normalize(name)`, tx as never)
  })
  return rows.length
}
