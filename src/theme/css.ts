/**
 * The theme's status colours and underline styles as CSS (served as the virtual module "virtual:theme.css" by a
 * Vite plugin in vite.config.ts), so the text, the list and the badges read the same theme as the map. Pure.
 */
import { STATUS_ORDER, STATUS_SYMBOLS } from "./status.ts";

export function themeCss(): string {
  const rules = STATUS_ORDER.flatMap((s) => {
    const sym = STATUS_SYMBOLS[s];
    const underline =
      sym.underline === "solid" ? [] : [`mark.passage.status-${s} { border-bottom-style: ${sym.underline}; }`];
    return [`.status-${s} { --status: ${sym.ink}; }`, ...underline];
  });
  return `/* Generated from src/theme/status.ts */\n${rules.join("\n")}\n`;
}
