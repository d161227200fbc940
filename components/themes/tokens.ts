/**
 * The global tokens as CSS values with the light theme's values as fallbacks, for use inside
 * component styles: `color: ${token.text};` becomes `color: var(--cc-color-text, #1f2328);`.
 * So an element looks right with no theme file loaded, and restyles when one is.
 *
 * Keep the fallbacks equal to light.css (a test compares them).
 */
import { unsafeCSS, type CSSResult } from 'lit';

const LIGHT = {
  'color-surface': '#ffffff',
  'color-surface-raised': '#f6f8fa',
  'color-text': '#1f2328',
  'color-text-muted': '#57606a',
  'color-border': '#8c959f',
  'color-border-subtle': '#d0d7de',
  'color-primary': '#0b5cad',
  'color-on-primary': '#ffffff',
  'color-danger': '#cf222e',
  'color-on-danger': '#ffffff',
  'color-success': '#116329',
  'color-on-success': '#ffffff',
  'color-warning': '#9a6700',
  'color-danger-surface': '#ffebe9',
  'color-warning-surface': '#fff8c5',
  'state-offline': '#6e7781',
  'state-ready': '#1a7f37',
  'state-not-ready': '#b42318',
  'state-wrap-up': '#9a6700',
  'state-talking': '#0969da',
  'state-ringing': '#8250df',
  'state-held': '#6e7781',
  'space-1': '0.25rem',
  'space-2': '0.5rem',
  'space-3': '0.75rem',
  'space-4': '1rem',
  'space-5': '1.5rem',
  'radius-s': '4px',
  'radius-m': '8px',
  'radius-pill': '999px',
  'control-height': '2.25rem',
  'shadow-raised': '0 1px 3px rgb(31 35 40 / 12%), 0 8px 24px rgb(66 74 83 / 12%)',
  'font-family':
    "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
  'font-family-mono': "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace",
  'font-size-s': '0.8125rem',
  'font-size-m': '0.875rem',
  'font-size-l': '1rem',
  'font-weight-strong': '600',
  'line-height': '1.4',
  'focus-ring-color': '#0969da',
  'focus-ring-width': '2px',
  'focus-ring-offset': '2px',
  'transition-duration': '120ms',
} as const;

export type TokenName = keyof typeof LIGHT;

/** The light theme's values by token name (without the `--cc-` prefix). */
export const lightTokenValues: Readonly<Record<TokenName, string>> = LIGHT;

type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

/** `token.colorText` is `var(--cc-color-text, #1f2328)`. */
export const token = Object.fromEntries(
  Object.entries(LIGHT).map(([name, value]) => [
    name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()),
    unsafeCSS(`var(--cc-${name}, ${value})`),
  ]),
) as { readonly [K in TokenName as CamelCase<K>]: CSSResult };
