import '../../components/pages/shared/zod-config';
import { render } from 'preact';
import '../../components/pages/shared/pages.css';
import '../../components/pages/popup/popup.css';
import { PopupApp } from '../../components/pages/popup/popup-app';
import { PageRoot } from '../../components/pages/shared/page-env';

render(
  <PageRoot titleKey="title_popup">
    <PopupApp />
  </PageRoot>,
  document.getElementById('app')!,
);
