/** Runs a Python script over some input, for readers we did not write (python3-icalendar, xml.etree). */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/** The Debian interpreter, which holds python3-icalendar even when another python3 comes first on the PATH. */
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3'

/** The script's standard output, the input given on its standard input. */
export function runPython(script: string, input: string): string {
  return execFileSync(PYTHON, ['-c', script], { input, encoding: 'utf8' })
}
