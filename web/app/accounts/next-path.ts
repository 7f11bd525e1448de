/**
 * Where to go after signing in: the `next` parameter when it is a path of
 * this site, else the home page — never another site (an open redirect
 * would let a phishing link borrow our sign-in page).
 */
export function nextPath(raw: string | null, origin: string): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/'
  try {
    const url = new URL(raw, origin)
    return url.origin === origin ? url.pathname + url.search + url.hash : '/'
  } catch {
    return '/'
  }
}
