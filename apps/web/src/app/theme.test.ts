import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { readableColor, theme } from './theme';

const full = mergeMantineTheme(DEFAULT_THEME, theme);
const resolve = (color: string, variant: string) => {
  if (!full.variantColorResolver) throw new Error('the theme has no variant color resolver');
  return full.variantColorResolver({ color, variant, theme: full });
};

describe('theme colors keep text above WCAG AA', () => {
  it('darkens white-on-color buttons and badges in pale palettes (green Verify, orange "Expires within 7 days")', () => {
    expect(resolve('green', 'filled').background).toBe('color-mix(in srgb, var(--mantine-color-green-9) 75%, black)');
    expect(resolve('orange', 'filled').background).toBe('color-mix(in srgb, var(--mantine-color-orange-9) 75%, black)');
    expect(resolve('green', 'filled').color).toBe('var(--mantine-color-white)');
  });

  it('darkens outline text in pale palettes ("Covers placement end")', () => {
    expect(resolve('teal', 'outline').color).toBe(readableColor('teal'));
  });

  it('leaves palettes that already pass, and explicit shades, as they are', () => {
    expect(resolve('indigo', 'filled').background).toBe('var(--mantine-color-indigo-filled)');
    expect(resolve('red', 'filled').background).toBe('var(--mantine-color-red-filled)');
    expect(resolve('teal.2', 'filled').background).toBe('var(--mantine-color-teal-2)');
  });

  it('uses the darkened shade as the text of light variants', () => {
    expect(resolve('green', 'light').color).toBe(readableColor('green'));
  });
});

describe('theme defaults', () => {
  it('names every icon-only close button (dialogs, panels, toasts)', () => {
    expect(full.components.Modal?.defaultProps?.closeButtonProps).toEqual({ 'aria-label': 'Close dialog' });
    expect(full.components.Drawer?.defaultProps?.closeButtonProps).toEqual({ 'aria-label': 'Close panel' });
    expect(full.components.Notification?.defaultProps?.closeButtonProps).toEqual({ 'aria-label': 'Dismiss notification' });
  });

  it('keeps themed text readable in the dark scheme too: light-dark() picks a light shade there', () => {
    expect(readableColor('green')).toBe(
      'light-dark(color-mix(in srgb, var(--mantine-color-green-9) 65%, black), var(--mantine-color-green-light-color))',
    );
  });
});
