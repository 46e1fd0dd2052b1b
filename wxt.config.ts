import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { OUTPUT_DIR } from './scripts/output-dir';

// `wxt build --mode demo` also runs on pages served from 127.0.0.1 (the demo and the browser
// tests); production builds only ever run on the supported job boards.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: OUTPUT_DIR,
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'scripting'],
    // Reading JobPosting data on any other site is an opt-in, granted from Settings.
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    ...(mode === 'demo' ? { host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'] } : {}),
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'recruit-lens@recruitlens.example', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
