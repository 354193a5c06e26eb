/**
 * The Content Security Policy of every built page: nothing inline, nothing evaluated, nothing from another origin.
 * Vite writes it into each page as a meta tag at build time; `vite preview` (and any server in front of dist/)
 * sends it as a header too. The header form can add what a meta tag cannot carry (frame-ancestors).
 *
 * - img-src data: blob: : MapLibre's controls use data: SVG icons; snapshots are previewed and drawn from blob: URLs.
 * - worker-src 'self': MapLibre's worker is a file of the build (setWorkerUrl), never a blob.
 * - connect-src 'self': story files, basemap GeoJSON and font files are fetched from the app's own origin.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  "default-src": "'none'",
  "script-src": "'self'",
  "worker-src": "'self'",
  "style-src": "'self'",
  "img-src": "'self' data: blob:",
  "connect-src": "'self'",
  "font-src": "'self'",
  "object-src": "'none'",
  "base-uri": "'none'",
  "form-action": "'none'",
};

export function cspString(extra: Readonly<Record<string, string>> = {}): string {
  return Object.entries({ ...CSP_DIRECTIVES, ...extra })
    .map(([name, value]) => `${name} ${value}`)
    .join("; ");
}

/** The meta tag's policy (frame-ancestors is ignored in a meta tag, so it is left out). */
export const CSP_META = cspString();
/** The header's policy: the same, and any page may frame the map (it is made to be embedded). */
export const CSP_HEADER = cspString({ "frame-ancestors": "*" });
