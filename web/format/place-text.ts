/**
 * A place written for people: its address, then its commune — unless the
 * address already ends with it, as French addresses do ("35 rue Moyenne,
 * 18000 Bourges" is not followed by ", Bourges" again). Accents and case
 * are ignored in the comparison ("Saint-Étienne" / "SAINT-ETIENNE").
 */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim()

export function placeLines(address: string | null | undefined, commune: string | null | undefined): string[] {
  const lines = [address?.trim(), commune?.trim()].filter((line): line is string => Boolean(line))
  if (lines.length === 2 && folded(lines[0]!).endsWith(folded(lines[1]!))) lines.pop()
  return lines
}

export const placeText = (address: string | null | undefined, commune: string | null | undefined) => placeLines(address, commune).join(', ')
