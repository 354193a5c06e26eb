/**
 * Where the browser is: Debian's Chromium by default (never a downloaded build), overridable with CHROMIUM_PATH.
 * The flags keep WebGL working in software (SwiftShader) and stop Chromium's own background traffic.
 */
import { existsSync } from "node:fs";

export const DEFAULT_CHROMIUM = "/usr/lib/chromium/chromium";

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM;
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  return path;
}

export const CHROMIUM_ARGS = [
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--ignore-gpu-blocklist",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
