/** Entry point of the web app: mounts {@link App} into `#root`. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import './styles/base.css';
import './styles/controls.css';
import './styles/shell.css';
import './styles/tables.css';
import './styles/calendar.css';
import './styles/signin.css';
import './styles/desk.css';
import './styles/workspace.css';
import './styles/plans.css';
import './styles/reports.css';
import './styles/projects.css';
import './styles/knowledge.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
