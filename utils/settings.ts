// User settings, in storage.local, validated; a missing or damaged value falls back to defaults
// field by field, so one bad field never resets the rest.

import { browser } from 'wxt/browser';
import { z } from 'zod';

export const SETTINGS_KEY = 'settings';

export const Settings = z.object({
  /** 'auto' follows the browser's language. */
  locale: z.enum(['auto', 'en', 'fr', 'pt']).catch('auto'),
  /** Where the reader lives (ISO), so explanations can speak to them. */
  residence: z.string().regex(/^[A-Z]{2}$/).nullable().catch(null),
  /** Board id → active. A board missing here is active. */
  boards: z.record(z.string(), z.boolean()).catch({}),
  showCaution: z.boolean().catch(true),
  highlights: z.boolean().catch(true),
  /** The user granted the optional permission to read JobPosting data on any site. */
  anySite: z.boolean().catch(false),
  /** Hostnames where the user turned Recruit Lens off. */
  disabledSites: z.array(z.string()).catch([]),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

export function parseSettings(raw: unknown): Settings {
  return Settings.parse(raw && typeof raw === 'object' ? raw : {});
}

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  return parseSettings(stored);
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...patch });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls back with the new settings whenever any page or tab changes them. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) callback(parseSettings(changes[SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export function boardActive(settings: Settings, board: string): boolean {
  return settings.boards[board] !== false;
}
