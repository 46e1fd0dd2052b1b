import '../../components/pages/shared/zod-config';
import { render } from 'preact';
import '../../components/pages/shared/pages.css';
import '../../components/pages/evidence/evidence.css';
import { EvidenceApp } from '../../components/pages/evidence/evidence-app';
import { PageRoot } from '../../components/pages/shared/page-env';
import { prefetchCache } from '../../components/pages/evidence/log-cache';

performance.mark('evidence-script-start');
prefetchCache();

render(
  <PageRoot titleKey="title_evidence">
    <EvidenceApp />
  </PageRoot>,
  document.getElementById('app')!,
);
