import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Providers } from './providers';
import { App } from './app';
import { registerServiceWorker } from '../state/app-update';
import { restoreOpenedFile } from '../state/data-source';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
/** A file the reader opened before a reload comes back first; never wait long for the browser's storage. */
const restored = Promise.race([restoreOpenedFile(), new Promise((resolve) => setTimeout(resolve, 1500))]);

void restored.finally(() => {
  createRoot(root).render(
    <StrictMode>
      <Providers>
        <App />
      </Providers>
    </StrictMode>,
  );
});

// The offline copy (app, default data, stories, base map) for the next visit.
void registerServiceWorker();
