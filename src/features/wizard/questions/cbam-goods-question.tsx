import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../../ui/routes';
import { entersCbamGoods } from '../../../domain/applicability';
import { TRI } from '../../../domain/assessment';
import { appStore, useCurrentAssessment } from '../../../store/app-store';
import { ChoiceGroup } from '../../../ui/field';

/**
 * Asked before the D12 questions: products are listed later (ESG & CBAM step), so without this a
 * CBAM exporter would find its CBAM questions preset to "not applicable".
 */
export function CbamGoodsQuestion() {
  const { t } = useTranslation(['questions']);
  const a = useCurrentAssessment();
  if (entersCbamGoods(a)) return null;
  const value = a.cbam.sellsCbamGoods;
  const save = (v: (typeof TRI)[number]) =>
    appStore.getState().edit('cbam', (c) => ({ ...c, sellsCbamGoods: v }));
  return (
    <div className="cbam-goods-question">
      <ChoiceGroup id="cbam-goods" legend={t('cbamGoods.legend')} hint={t('cbamGoods.hint')}>
        {TRI.map((v) => (
          <label key={v} className="choice">
            <input type="radio" name="cbam-goods" value={v} checked={value === v} onChange={() => save(v)} /> {t(`cbamGoods.options.${v}`)}
          </label>
        ))}
      </ChoiceGroup>
      {(value === 'yes' || value === 'dk') && (
        <p className="notice">
          {t(value === 'yes' ? 'cbamGoods.listThem' : 'cbamGoods.checkThem')}{' '}
          <a href={hrefFor({ page: 'step', step: 'esgCbam' })}>{t('cbamGoods.link')}</a>
        </p>
      )}
    </div>
  );
}
