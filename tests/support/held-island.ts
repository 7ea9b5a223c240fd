import type { Page } from '@playwright/test';

/**
 * Holds back an island's component script until `release()` is called, so a test can act on the
 * server-rendered page first, as a person on a slow phone does before the script has arrived.
 */
export async function holdIslandScript(page: Page, component: string): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(new RegExp(`/_astro/${component}\\.[\\w-]+\\.js$`), async (route) => {
    await released;
    await route.continue();
  });
  return release;
}
