import '../../components/pages/shared/zod-config';
import { render } from 'preact';
import '../../components/pages/shared/pages.css';
import { OptionsApp } from '../../components/pages/options/options-app';
import { PageRoot } from '../../components/pages/shared/page-env';

render(
  <PageRoot titleKey="title_options">
    <OptionsApp />
  </PageRoot>,
  document.getElementById('app')!,
);
