import { createTheme, defaultVariantColorsResolver, parseThemeColor, VariantColorsResolver } from '@mantine/core';

/** "light" variants (badges, tinted buttons) with the darkest shade as text: WCAG AA contrast. */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant === 'light') {
    const parsed = parseThemeColor({ color: input.color || input.theme.primaryColor, theme: input.theme });
    if (parsed.isThemeColor && parsed.color) {
      return { ...colors, color: `color-mix(in srgb, var(--mantine-color-${parsed.color}-9) 65%, black)` };
    }
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
});
