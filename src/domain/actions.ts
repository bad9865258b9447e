/**
 * The action library (DOMAIN.md §4): concrete steps per dimension and level step, plus one
 * "find out" action per item that can be answered "don't know". Data only; text lives in
 * locales/<lang>/actions.json under `actions.<id>` → { title, what, kpi, why }.
 *
 * effort (DOMAIN.md §4): 1 process, training or low-cost SaaS · 2 subscription, retrofit sensors,
 * consultant · 3 automation capex, MES/ERP roll-out. Durations stay inside the horizon that the
 * effort maps to (e1 ≤ 6, e2 ≤ 12, e3 ≤ 18 months) so a roadmap bar never spills over.
 */
import type { Role, SkillArea } from './assessment';
import { ITEMS } from './instrument/items';
import type { DimensionId } from './instrument/types';
import type { ProgrammeId } from './programmes';

export type Effort = 1 | 2 | 3;
/** step s takes a dimension from level s to level s + 1 */
export type Step = 1 | 2 | 3;

export interface Need {
  role: Role;
  skill: SkillArea;
  /** skill level 1–4 on the same scale as the workforce self-rating */
  level: 1 | 2 | 3 | 4;
}

/**
 * What in the answers makes an action relevant, used to explain "why":
 * - item below: the item's value is below the threshold, or the item is "don't know";
 * - dimensionBelow: the dimension score is below the threshold;
 * - dontKnow: the item was answered "don't know" (find-out actions).
 */
export type Trigger =
  | { item: string; below: number }
  | { dimensionBelow: number }
  | { dontKnow: string };

export interface Action {
  /** stable id, e.g. "D11.s1.monthlyEnergyLog" or "findOut.D2.connectedShare"; text at actions.<id> */
  id: string;
  dimension: DimensionId;
  step: Step | 'findOut';
  effort: Effort;
  durationMonths: readonly [number, number];
  needs: readonly Need[];
  programmes: readonly ProgrammeId[];
  triggers: readonly Trigger[];
  /** i18n key prefix in the "actions" namespace: `${textKey}.title` etc. */
  textKey: string;
  /**
   * D12 only: CBAM actions for firms with CBAM goods or CBAM data requests, product-footprint
   * actions for firms that only face buyer carbon requests. Absent = always.
   */
  context?: D12Context;
  /**
   * Its "what" names the firm's CBAM materials: one sentence per material the firm makes
   * (`${textKey}.byMaterial.<sector>`), or a general one when none is known yet.
   */
  byMaterial?: true;
}

export type D12Context = 'cbam' | 'footprint';

type Spec = Omit<Action, 'id' | 'dimension' | 'step' | 'textKey'> & { key: string };

const n = (role: Role, skill: SkillArea, level: Need['level']): Need => ({ role, skill, level });

/** Steps per dimension; key becomes the last part of the id. */
const LIBRARY: Record<DimensionId, Record<Step, Spec[]>> = {
  D1: {
    1: [
      { key: 'standardWork', effort: 1, durationMonths: [1, 3], needs: [n('engineers', 'qualityMethods', 2)], programmes: ['productivity1322'], triggers: [{ item: 'D1.equipment', below: 2 }] },
      { key: 'bottleneckRetrofit', effort: 2, durationMonths: [3, 6], needs: [n('technicians', 'maintenance', 2), n('engineers', 'plcAutomation', 2)], programmes: ['khuyenCong2646', 'hanoiKhuyenCong'], triggers: [{ item: 'D1.equipment', below: 2 }, { item: 'D1.automationShare', below: 2 }] },
    ],
    2: [
      { key: 'programLibrary', effort: 1, durationMonths: [1, 3], needs: [n('technicians', 'plcAutomation', 2)], programmes: [], triggers: [{ item: 'D1.automationShare', below: 3 }] },
      { key: 'cncPlcUpgrade', effort: 3, durationMonths: [6, 12], needs: [n('engineers', 'plcAutomation', 3), n('technicians', 'plcAutomation', 2), n('technicians', 'maintenance', 3)], programmes: ['khuyenCong2646', 'hanoiKhuyenCong', 'hanoiKeyProducts'], triggers: [{ item: 'D1.equipment', below: 3 }, { item: 'D1.automationShare', below: 3 }] },
    ],
    3: [
      { key: 'automationStudy', effort: 2, durationMonths: [2, 4], needs: [n('engineers', 'plcAutomation', 3)], programmes: ['sme80'], triggers: [{ item: 'D1.equipment', below: 4 }] },
      { key: 'connectedCell', effort: 3, durationMonths: [9, 18], needs: [n('engineers', 'plcAutomation', 4), n('itAutomation', 'mesErp', 3), n('technicians', 'plcAutomation', 3)], programmes: ['khuyenCong2646', 'hanoiKeyProducts'], triggers: [{ item: 'D1.equipment', below: 4 }, { item: 'D1.automationShare', below: 4 }] },
    ],
  },
  D2: {
    1: [
      { key: 'shiftSheet', effort: 1, durationMonths: [1, 2], needs: [n('operators', 'dataIt', 1), n('engineers', 'dataIt', 2)], programmes: [], triggers: [{ item: 'D2.dataCapture', below: 2 }] },
      { key: 'machineInventory', effort: 1, durationMonths: [1, 1], needs: [n('technicians', 'plcAutomation', 2)], programmes: [], triggers: [{ item: 'D2.connectedShare', below: 2 }] },
    ],
    2: [
      { key: 'retrofitCounters', effort: 2, durationMonths: [3, 6], needs: [n('technicians', 'plcAutomation', 2), n('itAutomation', 'dataIt', 2)], programmes: ['sme80', 'smedx'], triggers: [{ item: 'D2.dataCapture', below: 3 }, { item: 'D2.connectedShare', below: 3 }] },
      { key: 'plcGateway', effort: 2, durationMonths: [3, 6], needs: [n('itAutomation', 'plcAutomation', 3), n('itAutomation', 'dataIt', 2)], programmes: ['sme80'], triggers: [{ item: 'D2.connectedShare', below: 3 }] },
    ],
    3: [
      { key: 'otNetwork', effort: 2, durationMonths: [2, 4], needs: [n('itAutomation', 'dataIt', 3)], programmes: [], triggers: [{ item: 'D2.connectedShare', below: 4 }] },
      { key: 'unifiedPlatform', effort: 3, durationMonths: [9, 18], needs: [n('itAutomation', 'dataIt', 3), n('itAutomation', 'mesErp', 3), n('engineers', 'mesErp', 2)], programmes: ['sme80', 'smedx', 'khuyenCong2646'], triggers: [{ item: 'D2.dataCapture', below: 4 }, { item: 'D2.connectedShare', below: 4 }] },
    ],
  },
  D3: {
    1: [
      { key: 'backupsAccounts', effort: 1, durationMonths: [1, 1], needs: [n('itAutomation', 'dataIt', 2)], programmes: [], triggers: [{ item: 'D3.security', below: 2 }] },
      { key: 'cloudOrderStock', effort: 1, durationMonths: [2, 4], needs: [n('engineers', 'mesErp', 1)], programmes: ['sme80', 'smedx'], triggers: [{ item: 'D3.systems', below: 2 }, { item: 'D3.integration', below: 2 }] },
    ],
    2: [
      { key: 'accessRestoreTest', effort: 1, durationMonths: [1, 2], needs: [n('itAutomation', 'dataIt', 2)], programmes: [], triggers: [{ item: 'D3.security', below: 3 }] },
      { key: 'erpRollout', effort: 3, durationMonths: [9, 18], needs: [n('itAutomation', 'mesErp', 3), n('engineers', 'mesErp', 2)], programmes: ['sme80', 'smedx'], triggers: [{ item: 'D3.systems', below: 3 }, { item: 'D3.integration', below: 3 }] },
    ],
    3: [
      { key: 'otItSecurityPolicy', effort: 2, durationMonths: [3, 6], needs: [n('itAutomation', 'dataIt', 3)], programmes: ['sme80'], triggers: [{ item: 'D3.security', below: 4 }] },
      { key: 'erpMesIntegration', effort: 3, durationMonths: [9, 18], needs: [n('itAutomation', 'mesErp', 4), n('itAutomation', 'dataIt', 3)], programmes: ['sme80', 'smedx'], triggers: [{ item: 'D3.systems', below: 4 }, { item: 'D3.integration', below: 4 }] },
    ],
  },
  D4: {
    1: [
      { key: 'monthlyKpiReport', effort: 1, durationMonths: [1, 2], needs: [n('engineers', 'dataIt', 2), n('quality', 'qualityMethods', 2)], programmes: ['productivity1322'], triggers: [{ item: 'D4.analytics', below: 2 }, { item: 'D4.kpiUse', below: 2 }] },
    ],
    2: [
      { key: 'lossPareto', effort: 1, durationMonths: [1, 3], needs: [n('engineers', 'qualityMethods', 2)], programmes: ['productivity1322'], triggers: [{ item: 'D4.analytics', below: 3 }] },
      { key: 'liveOeeDashboard', effort: 2, durationMonths: [3, 6], needs: [n('itAutomation', 'dataIt', 3), n('engineers', 'dataIt', 2)], programmes: ['sme80', 'smedx'], triggers: [{ item: 'D4.analytics', below: 3 }, { item: 'D4.kpiUse', below: 3 }] },
    ],
    3: [
      { key: 'kpiTargetsAlerts', effort: 1, durationMonths: [1, 3], needs: [n('engineers', 'dataIt', 3)], programmes: [], triggers: [{ item: 'D4.kpiUse', below: 4 }] },
      { key: 'predictivePilot', effort: 2, durationMonths: [6, 12], needs: [n('engineers', 'dataIt', 3), n('itAutomation', 'dataIt', 4)], programmes: ['sme80', 'smedx'], triggers: [{ item: 'D4.analytics', below: 4 }] },
    ],
  },
  D5: {
    1: [
      { key: 'weeklyExcelPlan', effort: 1, durationMonths: [1, 2], needs: [n('engineers', 'mesErp', 1)], programmes: ['productivity1322'], triggers: [{ item: 'D5.planning', below: 2 }, { item: 'D5.wipTracking', below: 2 }] },
    ],
    2: [
      { key: 'qrJobTravellers', effort: 2, durationMonths: [3, 6], needs: [n('itAutomation', 'mesErp', 2), n('operators', 'dataIt', 1)], programmes: ['sme80', 'smedx'], triggers: [{ item: 'D5.wipTracking', below: 3 }] },
      { key: 'capacityPlanning', effort: 2, durationMonths: [4, 9], needs: [n('engineers', 'mesErp', 3)], programmes: ['sme80', 'smedx'], triggers: [{ item: 'D5.planning', below: 3 }] },
    ],
    3: [
      { key: 'dailyPlanActual', effort: 1, durationMonths: [1, 2], needs: [n('engineers', 'mesErp', 2)], programmes: ['productivity1322'], triggers: [{ item: 'D5.planning', below: 4 }] },
      { key: 'autoReplanning', effort: 3, durationMonths: [9, 15], needs: [n('itAutomation', 'mesErp', 4), n('engineers', 'mesErp', 3)], programmes: ['sme80', 'smedx'], triggers: [{ item: 'D5.planning', below: 4 }, { item: 'D5.wipTracking', below: 4 }] },
    ],
  },
  D6: {
    1: [
      { key: 'checkSheetsPm', effort: 1, durationMonths: [1, 3], needs: [n('quality', 'qualityMethods', 2), n('technicians', 'maintenance', 2)], programmes: ['productivity1322'], triggers: [{ item: 'D6.quality', below: 2 }, { item: 'D6.maintenance', below: 2 }] },
      { key: 'lotLabels', effort: 1, durationMonths: [1, 2], needs: [n('quality', 'qualityMethods', 1)], programmes: [], triggers: [{ item: 'D6.traceability', below: 2 }] },
    ],
    2: [
      { key: 'digitalSpc', effort: 2, durationMonths: [3, 6], needs: [n('quality', 'qualityMethods', 3), n('quality', 'dataIt', 2)], programmes: ['productivity1322', 'sme80'], triggers: [{ item: 'D6.quality', below: 3 }] },
      { key: 'cmms', effort: 2, durationMonths: [2, 4], needs: [n('technicians', 'maintenance', 3), n('technicians', 'dataIt', 1)], programmes: ['sme80', 'smedx'], triggers: [{ item: 'D6.maintenance', below: 3 }] },
      { key: 'digitalLotTrace', effort: 2, durationMonths: [3, 6], needs: [n('quality', 'mesErp', 2)], programmes: ['sme80'], triggers: [{ item: 'D6.traceability', below: 3 }] },
    ],
    3: [
      { key: 'conditionMonitoring', effort: 2, durationMonths: [4, 9], needs: [n('technicians', 'maintenance', 4), n('itAutomation', 'dataIt', 3)], programmes: ['sme80', 'khuyenCong2646'], triggers: [{ item: 'D6.maintenance', below: 4 }] },
      { key: 'inlineInspection', effort: 3, durationMonths: [6, 12], needs: [n('engineers', 'plcAutomation', 3), n('quality', 'qualityMethods', 3)], programmes: ['khuyenCong2646', 'hanoiKeyProducts'], triggers: [{ item: 'D6.quality', below: 4 }, { item: 'D6.traceability', below: 4 }] },
    ],
  },
  D7: {
    1: [
      { key: 'orderStatusSheet', effort: 1, durationMonths: [1, 2], needs: [n('engineers', 'dataIt', 1)], programmes: [], triggers: [{ item: 'D7.partners', below: 2 }, { item: 'D7.digitalShare', below: 2 }] },
    ],
    2: [
      { key: 'supplierScorecard', effort: 1, durationMonths: [1, 3], needs: [n('quality', 'qualityMethods', 2)], programmes: ['productivity1322'], triggers: [{ item: 'D7.partners', below: 3 }] },
      { key: 'portalEdi', effort: 2, durationMonths: [3, 6], needs: [n('itAutomation', 'mesErp', 2), n('engineers', 'languages', 2)], programmes: ['sme80', 'smedx'], triggers: [{ item: 'D7.partners', below: 3 }, { item: 'D7.digitalShare', below: 3 }] },
    ],
    3: [
      { key: 'digitalProductData', effort: 2, durationMonths: [3, 6], needs: [n('quality', 'mesErp', 2), n('energyEsg', 'energyGhg', 2)], programmes: ['sme80'], triggers: [{ item: 'D7.partners', below: 4 }] },
      { key: 'sharedForecastVmi', effort: 3, durationMonths: [9, 18], needs: [n('itAutomation', 'mesErp', 4), n('engineers', 'languages', 2)], programmes: ['sme80', 'smedx'], triggers: [{ item: 'D7.partners', below: 4 }, { item: 'D7.digitalShare', below: 4 }] },
    ],
  },
  D8: {
    1: [
      { key: 'leadershipWorkshop', effort: 1, durationMonths: [1, 1], needs: [], programmes: [], triggers: [{ item: 'D8.strategy', below: 2 }] },
    ],
    2: [
      { key: 'writtenRoadmap', effort: 1, durationMonths: [1, 3], needs: [n('engineers', 'mesErp', 1)], programmes: ['smedx'], triggers: [{ item: 'D8.strategy', below: 3 }, { item: 'D8.investment', below: 3 }] },
      { key: 'dxConsulting', effort: 2, durationMonths: [2, 4], needs: [], programmes: ['sme80', 'smedx'], triggers: [{ item: 'D8.strategy', below: 3 }] },
    ],
    3: [
      { key: 'roiReview', effort: 1, durationMonths: [2, 4], needs: [n('engineers', 'dataIt', 2)], programmes: [], triggers: [{ item: 'D8.investment', below: 4 }, { item: 'D8.strategy', below: 4 }] },
    ],
  },
  D9: {
    1: [
      { key: 'shortCourses', effort: 1, durationMonths: [1, 3], needs: [n('technicians', 'plcAutomation', 1)], programmes: ['hanoiKhuyenCong', 'khuyenCong2646'], triggers: [{ item: 'D9.skills', below: 2 }, { item: 'D9.specialists', below: 2 }] },
      { key: 'trainingRecords', effort: 1, durationMonths: [1, 1], needs: [], programmes: [], triggers: [{ item: 'D9.training', below: 2 }] },
    ],
    2: [
      { key: 'skillsMatrix', effort: 1, durationMonths: [1, 3], needs: [n('engineers', 'qualityMethods', 2)], programmes: ['productivity1322'], triggers: [{ item: 'D9.skills', below: 3 }, { item: 'D9.training', below: 3 }] },
      { key: 'schoolPartnership', effort: 1, durationMonths: [3, 6], needs: [], programmes: ['khuyenCong2646'], triggers: [{ item: 'D9.specialists', below: 3 }] },
      { key: 'shiftTechnicians', effort: 2, durationMonths: [6, 12], needs: [n('technicians', 'plcAutomation', 3)], programmes: ['hanoiKhuyenCong'], triggers: [{ item: 'D9.specialists', below: 3 }] },
    ],
    3: [
      { key: 'trainingEffectiveness', effort: 1, durationMonths: [2, 4], needs: [], programmes: [], triggers: [{ item: 'D9.training', below: 4 }] },
      { key: 'dataAutomationSpecialists', effort: 2, durationMonths: [6, 12], needs: [n('engineers', 'dataIt', 3), n('engineers', 'plcAutomation', 3)], programmes: [], triggers: [{ item: 'D9.specialists', below: 4 }, { item: 'D9.skills', below: 4 }] },
    ],
  },
  D10: {
    1: [
      { key: 'kaizenLog', effort: 1, durationMonths: [1, 3], needs: [n('engineers', 'qualityMethods', 2)], programmes: ['productivity1322'], triggers: [{ item: 'D10.rnd', below: 2 }, { item: 'D10.ip', below: 2 }] },
    ],
    2: [
      { key: 'rndBudgetLog', effort: 1, durationMonths: [1, 2], needs: [], programmes: [], triggers: [{ item: 'D10.ip', below: 3 }] },
      { key: 'designTeam', effort: 2, durationMonths: [6, 12], needs: [n('engineers', 'qualityMethods', 3)], programmes: ['hanoiKeyProducts'], triggers: [{ item: 'D10.rnd', below: 3 }] },
    ],
    3: [
      { key: 'utilitySolution', effort: 2, durationMonths: [6, 12], needs: [n('engineers', 'languages', 2)], programmes: ['hanoiKeyProducts'], triggers: [{ item: 'D10.ip', below: 4 }] },
      { key: 'jointRnd', effort: 2, durationMonths: [6, 12], needs: [n('engineers', 'qualityMethods', 3)], programmes: ['hanoiKeyProducts'], triggers: [{ item: 'D10.rnd', below: 4 }] },
    ],
  },
  D11: {
    1: [
      { key: 'monthlyEnergyLog', effort: 1, durationMonths: [1, 2], needs: [n('engineers', 'energyGhg', 1)], programmes: [], triggers: [{ item: 'D11.energyData', below: 2 }] },
      { key: 'firstGhgEstimate', effort: 1, durationMonths: [1, 1], needs: [n('engineers', 'energyGhg', 2)], programmes: [], triggers: [{ item: 'D11.energyData', below: 2 }] },
    ],
    2: [
      { key: 'subMetering', effort: 2, durationMonths: [2, 4], needs: [n('technicians', 'maintenance', 2), n('energyEsg', 'energyGhg', 2)], programmes: ['sme80', 'hanoiKhuyenCong'], triggers: [{ item: 'D11.metering', below: 3 }] },
      { key: 'ghgInventory', effort: 2, durationMonths: [3, 6], needs: [n('energyEsg', 'energyGhg', 3)], programmes: [], triggers: [{ item: 'D11.energyData', below: 3 }] },
    ],
    3: [
      { key: 'energyManagementSystem', effort: 2, durationMonths: [6, 12], needs: [n('energyEsg', 'energyGhg', 3), n('engineers', 'qualityMethods', 2)], programmes: ['productivity1322'], triggers: [{ item: 'D11.energyData', below: 4 }] },
      { key: 'liveEnergyPerProduct', effort: 3, durationMonths: [6, 12], needs: [n('itAutomation', 'dataIt', 3), n('energyEsg', 'energyGhg', 3)], programmes: ['sme80', 'khuyenCong2646'], triggers: [{ item: 'D11.metering', below: 4 }] },
    ],
  },
  D12: {
    1: [
      { key: 'cnCodeScope', context: 'cbam', byMaterial: true, effort: 1, durationMonths: [1, 1], needs: [n('engineers', 'languages', 2)], programmes: [], triggers: [{ item: 'D12.cbamKnowledge', below: 2 }] },
      { key: 'buyerCarbonRequests', context: 'footprint', effort: 1, durationMonths: [1, 2], needs: [n('engineers', 'energyGhg', 1), n('engineers', 'languages', 2)], programmes: [], triggers: [{ item: 'D12.importerRequests', below: 2 }, { item: 'D12.cbamKnowledge', below: 2 }] },
      { key: 'defaultExposure', context: 'cbam', effort: 1, durationMonths: [1, 1], needs: [n('engineers', 'energyGhg', 1)], programmes: [], triggers: [{ item: 'D12.productCarbon', below: 2 }, { item: 'D12.importerRequests', below: 2 }] },
    ],
    2: [
      { key: 'precursorData', context: 'cbam', byMaterial: true, effort: 1, durationMonths: [1, 3], needs: [n('engineers', 'energyGhg', 2)], programmes: [], triggers: [{ item: 'D12.productCarbon', below: 3 }] },
      { key: 'supplierMaterialData', context: 'footprint', effort: 1, durationMonths: [1, 3], needs: [n('engineers', 'energyGhg', 2)], programmes: [], triggers: [{ item: 'D12.productCarbon', below: 3 }] },
      { key: 'productFootprint', context: 'footprint', effort: 2, durationMonths: [3, 6], needs: [n('energyEsg', 'energyGhg', 3)], programmes: [], triggers: [{ item: 'D12.productCarbon', below: 3 }, { item: 'D12.importerRequests', below: 3 }] },
      { key: 'euMethodMonitoring', context: 'cbam', byMaterial: true, effort: 2, durationMonths: [3, 6], needs: [n('energyEsg', 'energyGhg', 3), n('engineers', 'languages', 2)], programmes: [], triggers: [{ item: 'D12.cbamKnowledge', below: 3 }, { item: 'D12.importerRequests', below: 3 }] },
    ],
    3: [
      { key: 'accreditedVerification', context: 'cbam', effort: 2, durationMonths: [4, 8], needs: [n('energyEsg', 'energyGhg', 3), n('engineers', 'languages', 3)], programmes: [], triggers: [{ item: 'D12.productCarbon', below: 4 }, { item: 'D12.importerRequests', below: 4 }] },
      { key: 'verifiedFootprint', context: 'footprint', effort: 2, durationMonths: [4, 8], needs: [n('energyEsg', 'energyGhg', 3), n('engineers', 'languages', 2)], programmes: [], triggers: [{ item: 'D12.productCarbon', below: 4 }, { item: 'D12.importerRequests', below: 4 }] },
      { key: 'reductionPlan', context: 'cbam', byMaterial: true, effort: 3, durationMonths: [12, 18], needs: [n('energyEsg', 'energyGhg', 3), n('engineers', 'plcAutomation', 2)], programmes: ['khuyenCong2646'], triggers: [{ item: 'D12.cbamKnowledge', below: 4 }] },
    ],
  },
  D13: {
    1: [
      { key: 'permitRegister', effort: 1, durationMonths: [1, 2], needs: [n('quality', 'qualityMethods', 1)], programmes: [], triggers: [{ item: 'D13.management', below: 2 }] },
      { key: 'buyerCodeGapCheck', effort: 1, durationMonths: [1, 2], needs: [n('quality', 'languages', 2)], programmes: [], triggers: [{ item: 'D13.certifications', below: 2 }] },
    ],
    2: [
      { key: 'vsmeDataFile', effort: 1, durationMonths: [2, 4], needs: [n('energyEsg', 'energyGhg', 2)], programmes: [], triggers: [{ item: 'D13.management', below: 3 }] },
      { key: 'iso14001And45001', effort: 2, durationMonths: [6, 12], needs: [n('quality', 'qualityMethods', 3)], programmes: ['productivity1322'], triggers: [{ item: 'D13.certifications', below: 3 }, { item: 'D13.management', below: 3 }] },
    ],
    3: [
      { key: 'supplierScreening', effort: 1, durationMonths: [2, 4], needs: [n('quality', 'qualityMethods', 2)], programmes: [], triggers: [{ item: 'D13.supplierScreening', below: 4 }] },
      { key: 'vsmeReportTargets', effort: 2, durationMonths: [3, 6], needs: [n('energyEsg', 'energyGhg', 3), n('engineers', 'languages', 2)], programmes: [], triggers: [{ item: 'D13.management', below: 4 }, { item: 'D13.certifications', below: 4 }] },
    ],
  },
};

const STEPS: readonly Step[] = [1, 2, 3];

function build(): Action[] {
  const out: Action[] = [];
  for (const [dim, steps] of Object.entries(LIBRARY) as [DimensionId, Record<Step, Spec[]>][]) {
    for (const step of STEPS) {
      for (const { key, ...rest } of steps[step]) {
        const id = `${dim}.s${step}.${key}`;
        out.push({ id, dimension: dim, step, textKey: `actions.${id}`, ...rest });
      }
    }
  }
  return out;
}

/** Every item can be answered "don't know" (DOMAIN.md §3.3), so every item gets one. */
function buildFindOut(): Action[] {
  return ITEMS.map((item) => {
    const id = `findOut.${item.id}`;
    return {
      id,
      dimension: item.dimension,
      step: 'findOut' as const,
      effort: 1 as const,
      durationMonths: [1, 1] as const,
      // Anyone who knows the floor can find out; a missing role must not block the first step.
      needs: [],
      programmes: [],
      triggers: [{ dontKnow: item.id }],
      textKey: `actions.${id}`,
    };
  });
}

export const STEP_ACTIONS: readonly Action[] = build();
export const FIND_OUT_ACTIONS: readonly Action[] = buildFindOut();
export const ACTIONS: readonly Action[] = [...STEP_ACTIONS, ...FIND_OUT_ACTIONS];
export const ACTION_BY_ID: ReadonlyMap<string, Action> = new Map(ACTIONS.map((x) => [x.id, x]));

/** The library actions of one step; with a context, only those that fit it (or need none). */
export function stepActions(dimension: DimensionId, step: Step, context?: D12Context): Action[] {
  return STEP_ACTIONS.filter((x) => x.dimension === dimension && x.step === step
    && (context === undefined || x.context === undefined || x.context === context));
}

export function findOutAction(itemId: string): Action | undefined {
  return ACTION_BY_ID.get(`findOut.${itemId}`);
}
