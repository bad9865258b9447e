import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../ui/routes';
import { classifyCnCode } from '../../domain/cn-code';
import { useCurrentAssessment } from '../../store/app-store';
import { BuyerRequests } from './buyer-requests';
import { CbamAssumptions } from './cbam-assumptions';
import { CbamEstimate } from './cbam-estimate';
import { CbamProducts } from './cbam-products';
import { EnergyForm } from './energy-form';
import { VsmeChecklist } from './vsme-checklist';
import '../../ui/step-sections.css';
import './esg-cbam.css';

/** ESG & CBAM step (docs/RULES.md §5, §6): products, assumptions, estimate, VSME, energy, buyer requests. */
export default function EsgCbamStep() {
  const { t } = useTranslation(['esgcbam', 'cbam', 'profile']);
  const a = useCurrentAssessment();
  // Names as the user wrote them, for the estimate's rows ("7318 15 — Bu lông").
  const names = useMemo(() => Object.fromEntries(a.cbam.products.map((p) => {
    const c = classifyCnCode(p.cnCode);
    const code = c.ok ? c.display : p.cnCode.trim();
    return [p.id, [code, p.description.trim()].filter(Boolean).join(' — ')];
  })), [a.cbam.products]);
  const certs = a.profile.certifications.map((c) => (c === 'other' && a.profile.otherCertifications.trim()
    ? a.profile.otherCertifications.trim() : t(`profile:certifications.${c}`)));

  return (
    <div className="esg-cbam" key={a.id}>
      <p className="lead">{t('intro')}</p>

      <section aria-labelledby="sec-products" className="step-section">
        <h2 id="sec-products">{t('sections.products')}</h2>
        <p>{t('products.intro')}</p>
        <CbamProducts />
      </section>

      <section aria-labelledby="sec-assumptions" className="step-section">
        <h2 id="sec-assumptions">{t('sections.assumptions')}</h2>
        <CbamAssumptions />
      </section>

      <section aria-labelledby="sec-estimate" className="step-section">
        <h2 id="sec-estimate">{t('sections.estimate')}</h2>
        <CbamEstimate cbam={a.cbam} names={names} />
      </section>

      <section aria-labelledby="sec-vsme" className="step-section">
        <h2 id="sec-vsme">{t('sections.vsme')}</h2>
        <VsmeChecklist esg={a.esg} />
      </section>

      <section aria-labelledby="sec-energy" className="step-section">
        <h2 id="sec-energy">{t('sections.energy')}</h2>
        <p>{t('energy.intro')}</p>
        <EnergyForm />
      </section>

      <section aria-labelledby="sec-requests" className="step-section">
        <h2 id="sec-requests">{t('sections.requests')}</h2>
        <p>{t('requests.intro')}</p>
        <BuyerRequests />
      </section>

      <section aria-labelledby="sec-certs" className="step-section">
        <h2 id="sec-certs">{t('sections.certifications')}</h2>
        <p>
          {certs.length > 0 ? t('certs.held', { list: certs.join(', ') }) : t('certs.none')}{' '}
          <a href={hrefFor({ page: 'step', step: 'profile' })}>{t('certs.edit')}</a>
        </p>
      </section>
    </div>
  );
}
