import { Alert, createTheme, CSSVariablesResolver, defaultVariantColorsResolver, DrawerProps, Modal, Notification, parseThemeColor, VariantColorsResolver } from '@mantine/core';

/**
 * Text in a theme color that stays above WCAG AA (4.5:1): in the light scheme the darkest shade
 * toward black (on white and on the color's light tint); in the dark scheme Mantine's light-variant
 * text color (shade 3, on the dark background and the dark tint). The page follows the system
 * preference, and `light-dark()` follows the `color-scheme` Mantine sets.
 */
export const readableColor = (color: string) =>
  `light-dark(color-mix(in srgb, var(--mantine-color-${color}-9) 65%, black), var(--mantine-color-${color}-light-color))`;

/**
 * Palettes whose shade 8 (our primary shade) is under 4.5:1 against white in Mantine's defaults:
 * white text on them, or them as text, needs a darker shade.
 */
const PALE_PALETTES = new Set(['cyan', 'teal', 'green', 'lime', 'yellow', 'orange']);

/**
 * "light" variants (badges, tinted buttons) with the darkest shade as text; "filled" and "outline"
 * in a pale palette darkened (white "Verify" on green, "Covers placement end" in teal): WCAG AA contrast.
 * An explicit shade ("teal.2") is left as asked.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color || input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || !parsed.color) return colors;
  if (input.variant === 'light') {
    return { ...colors, color: readableColor(parsed.color) };
  }
  if (parsed.shade === undefined && PALE_PALETTES.has(parsed.color)) {
    const dark = (percent: number) => `color-mix(in srgb, var(--mantine-color-${parsed.color}-9) ${percent}%, black)`;
    if (input.variant === 'filled') return { ...colors, background: dark(75), hover: dark(65) };
    if (input.variant === 'outline') return { ...colors, color: readableColor(parsed.color), border: `1px solid ${readableColor(parsed.color)}` };
  }
  return colors;
};

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 8 keeps white-on-primary and primary-on-white text above WCAG AA (4.5:1).
  primaryShade: { light: 8, dark: 6 },
  variantColorResolver,
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  // Close buttons that are only an ✕ icon need a name (axe: button-name). A dialog that says more
  // ("Close the student list") passes its own closeButtonProps.
  components: {
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close dialog' } } }),
    // What `Drawer.extend` returns, without importing the component: only the reports use a drawer, and they load it.
    Drawer: { defaultProps: { closeButtonProps: { 'aria-label': 'Close panel' } } satisfies Partial<DrawerProps> },
    Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } } }),
    Alert: Alert.extend({ defaultProps: { closeButtonLabel: 'Dismiss' } }),
  },
});

/**
 * Field error text (red shade 8 is 4.48:1 on white, just under WCAG AA): shade 9 in the light
 * scheme; the dark scheme keeps Mantine's.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-error': 'var(--mantine-color-red-9)' },
  dark: {},
});

/**
 * Where toasts appear: bottom right, clear of a dialog's header and its close button (top right),
 * and above the page's bottom edge on phones.
 */
export const NOTIFICATIONS_POSITION = 'bottom-right' as const;
