import '../../components/pages/shared/zod-config';
import { render } from 'preact';
import '../../components/pages/shared/pages.css';
import '../../components/pages/checker/checker.css';
import { CheckerApp } from '../../components/pages/checker/checker-app';
import { PageRoot } from '../../components/pages/shared/page-env';

render(
  <PageRoot titleKey="title_checker">
    <CheckerApp />
  </PageRoot>,
  document.getElementById('app')!,
);
