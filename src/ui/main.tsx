/** Entry point: i18n first (so the first paint is in the right language), then the app. */
import './compat/preactAttributes.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/base.css';
import './styles/graph.css';
import { App } from './App.tsx';
import { initI18n } from './i18n/index.ts';
import { StoreProvider } from './state/store.tsx';
import { PlayerProvider } from './player/PlayerContext.tsx';
import { EmbedApp } from './embed/EmbedApp.tsx';
import { embedFlags } from './embed/embedUrl.ts';
import { isolateStorage } from './embed/isolate.ts';
import { registerOffline } from './share/registerOffline.ts';

// The read-only embed must not touch the person's saved work: isolate storage before anything reads it.
const embed = embedFlags(location.search);
if (embed.embed) isolateStorage();
const i18nReady = initI18n();
registerOffline();

const root = document.getElementById('root');
// Rendered once the language's catalogue is there (English at once; Chinese is a chunk of its own).
if (root) {
  void i18nReady.then(() => createRoot(root).render(
    <StrictMode>
      <StoreProvider welcome={!embed.embed}>
        {embed.embed ? <EmbedApp withEditor={embed.editor} /> : <PlayerProvider><App /></PlayerProvider>}
      </StoreProvider>
    </StrictMode>,
  ));
}
