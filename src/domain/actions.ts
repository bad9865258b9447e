/**
 * The action library (docs/RULES.md §4.3): concrete steps per dimension and level step, plus one
 * "find out" action per item that can be answered "don't know". Data only; text lives in
 * locales/<lang>/actions.json under `actions.<id>` → { title, what, kpi, why }. Which actions fit a
 * firm and which text it reads: action-fit.ts.
 *
 * effort (docs/RULES.md §4.3): 1 process, training or low-cost SaaS · 2 subscription, retrofit
 * sensors, consultant · 3 automation capex, MES/ERP roll-out. Durations stay inside the horizon
 * that the effort maps to (e1 ≤ 6, e2 ≤ 12, e3 ≤ 18 months) so a roadmap bar never spills over.
 *
 * For this firm (§4 "A plan a director can act on"), each step action says:
 *  - lifts: the items of its own dimension whose next-level descriptor its outcome reaches
 *    (locales/en/instrument.json items.<id>.levels.<step + 1>); its triggers are exactly these
 *    items below that level, so "why" names the answers the action lifts;
 *  - skipIf: when it does not fit the firm (a certificate held, what a held standard already
 *    requires, an existing school partnership, a sector, a micro firm);
 *  - texts: which sector and owner-led (micro) variants of its text exist, and which roles have an
 *    action-specific line for a firm that has nobody in them.
 *
 * needs (docs/RULES.md §7.2): the smallest role that does the work, its skill level and how much
 * of one person it takes. 'owner' is the owner, director or a supervisor, whom every firm has: an
 * energy log, a weekly plan, a permit register, a leadership workshop, the office's or the foreman's
 * work. Operators fill in shift sheets and read dashboards; technicians fit retrofits and keep
 * machines running; engineers only do engineering work (a CNC/PLC upgrade, a cell, a design team);
 * IT/automation staff networks and ERP/MES integration; quality staff SPC and management systems;
 * the energy/ESG officer GHG inventories and energy management. Every action names at least the
 * owner, so the plan knows who leads it.
 *
 * load.share is of one full-time person: 0.05 ≈ two hours a week, 0.1 ≈ half a day a week, 0.2 a
 * day a week, 0.5 half-time, 1 full-time. One-off improvements take 0.1–0.5 'project' (during the
 * action); a roll-out takes up to 1 for its key role; what must be run afterwards adds an 'ongoing'
 * need from the action's end on (a technician keeping a gateway or a cell running, operators reading
 * a dashboard each shift, the energy officer's yearly inventory update).
 */
import type { Certification, Role, Sector, SkillArea } from './assessment';
import { ITEMS } from './instrument/items';
import type { DimensionId } from './instrument/types';
import type { ProgrammeId } from './programmes';

export type Effort = 1 | 2 | 3;
/** step s takes a dimension from level s to level s + 1 */
export type LevelStep = 1 | 2 | 3;

/** 'owner': the owner, director or a supervisor — every firm has one; the smallest role */
export type NeedRole = Role | 'owner';
export interface Need {
  role: NeedRole;
  skill: SkillArea;
  /** skill level 1–4 on the same scale as the workforce self-rating */
  level: 1 | 2 | 3 | 4;
  /** how much of one person: share of a full-time person (0.1 ≈ half a day a week, 0.5 half-time, 1 full-time), during the action ('project') or from its end on ('ongoing': e.g. a technician keeping a gateway running, an operator reading a dashboard each shift) */
  load: { share: number; phase: 'project' | 'ongoing' };
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

/**
 * What a held management standard already requires of the firm. An action whose outcome is one of
 * these is not offered to a firm that holds the standard (STANDARD_REQUIRES).
 */
export const REQUIREMENTS = [
  'supplierEvaluation', 'competenceRecords', 'lotTraceability', 'legalRegister', 'energyReview',
  'documentedProcedures', 'internalAudit', 'environmentalProcedures', 'ohsProcedures',
] as const;
export type Requirement = (typeof REQUIREMENTS)[number];

/**
 * What each certificate of the profile already requires [K]: ISO 9001 evaluation of external
 * providers, evidence of competence, documented information and internal audits; ISO 13485 and
 * IATF 16949 the same plus identification and traceability; ISO 14001 and ISO 45001 the
 * environmental or OH&S procedures and a register of legal requirements (compliance obligations);
 * ISO 50001 the energy review. CE, RoHS and "other" require none of the library's outcomes.
 */
export const STANDARD_REQUIRES: Readonly<Record<Certification, readonly Requirement[]>> = {
  iso9001: ['supplierEvaluation', 'competenceRecords', 'documentedProcedures', 'internalAudit'],
  iso13485: ['supplierEvaluation', 'competenceRecords', 'documentedProcedures', 'internalAudit', 'lotTraceability'],
  iatf16949: ['supplierEvaluation', 'competenceRecords', 'documentedProcedures', 'internalAudit', 'lotTraceability'],
  iso14001: ['environmentalProcedures', 'legalRegister', 'internalAudit'],
  iso45001: ['ohsProcedures', 'legalRegister', 'internalAudit'],
  iso50001: ['energyReview', 'internalAudit'],
  ce: [],
  rohs: [],
  other: [],
};

/** A condition on the firm under which an action does not fit it (any one is enough). */
export type FitCondition =
  /** the firm's sector is one of these */
  | { sectors: readonly Sector[] }
  /** the firm holds one of these certificates */
  | { held: readonly Certification[] }
  /** a standard the firm holds already requires this outcome (STANDARD_REQUIRES) */
  | { required: Requirement }
  /** the firm already has a partnership with a vocational school or university */
  | { schoolPartnership: true }
  /** a micro firm: size band micro, or at most 10 employees */
  | { micro: true };

/**
 * Sector families whose text differs, and one material: 'aluminium' for a metal firm whose CBAM
 * goods are aluminium (action-fit.ts sectorVariants).
 */
export const SECTOR_VARIANTS = ['metal', 'aluminium', 'plastics', 'electronics', 'garments', 'food', 'pharma', 'medical'] as const;
export type SectorVariant = (typeof SECTOR_VARIANTS)[number];
export const TEXT_FIELDS = ['title', 'what', 'kpi', 'why'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export interface TextVariants {
  /** fields with a sector text at actions.<id>.bySector.<variant>.<field>; the others read the base text */
  bySector?: Partial<Record<SectorVariant, readonly TextField[]>>;
  /** fields with an owner-led text for micro firms at actions.<id>.micro.<field> */
  micro?: readonly TextField[];
  /** roles with an action-specific line at actions.<id>.cover.<role> for a firm with nobody in them */
  cover?: readonly Role[];
}

export interface Action {
  /** stable, e.g. "D11.s1.monthlyEnergyLog" or "findOut.D2.connectedShare"; text at actions.<id> */
  id: string;
  dimension: DimensionId;
  step: LevelStep | 'findOut';
  effort: Effort;
  durationMonths: readonly [number, number];
  needs: readonly Need[];
  programmes: readonly ProgrammeId[];
  triggers: readonly Trigger[];
  /** i18n key prefix in the "actions" namespace: `${textKey}.title` etc. */
  textKey: string;
  /**
   * Item ids of its own dimension whose next level the action's outcome reaches (for a find-out
   * action: its item, whose answer it replaces).
   */
  lifts: readonly string[];
  /** when it does not fit the firm (action-fit.ts); absent = it fits every firm */
  skipIf?: readonly FitCondition[];
  /** sector, owner-led and role-cover texts (action-fit.ts textVariant) */
  texts?: TextVariants;
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
  /**
   * Its project work is a one-off job an outside service can do (an integrator, an energy or GHG
   * consultant, a certification consultant, an accredited verifier), so a firm short of the role
   * can buy it (staffing-ways.ts); what it leaves to run ('ongoing' needs) stays with the firm.
   */
  oneOff?: true;
  /**
   * It opens the plan: the leaders' first sitting with this report, which chooses what starts
   * first and who leads it. The plan begins with it (docs/RULES.md §4.7), whatever its priority.
   */
  opensPlan?: true;
}

export type D12Context = 'cbam' | 'footprint';

/** triggers are derived: one per lifted item, below the level the step reaches (build()). */
type Spec = Omit<Action, 'id' | 'dimension' | 'step' | 'textKey' | 'triggers'> & { key: string };

type Phase = Need['load']['phase'];
/** A need: role, skill, level and share of one full-time person, during the action unless 'ongoing'. */
const n = (role: NeedRole, skill: SkillArea, level: Need['level'], share: number, phase: Phase = 'project'): Need =>
  ({ role, skill, level, load: { share, phase } });
/** The owner's, the director's or a supervisor's work. */
const own = (skill: SkillArea, level: Need['level'], share: number, phase: Phase = 'project'): Need =>
  n('owner', skill, level, share, phase);

const W = ['what'] as const;
const TW = ['title', 'what'] as const;
const TWK = ['title', 'what', 'kpi'] as const;
const ALL = TEXT_FIELDS;

/** Steps per dimension; key becomes the last part of the id. */
const LIBRARY: Record<DimensionId, Record<LevelStep, Spec[]>> = {
  D1: {
    1: [
      {
        key: 'standardWork', effort: 1, durationMonths: [1, 3], needs: [own('qualityMethods', 2, 0.2)], programmes: ['productivity1322'],
        lifts: ['D1.equipment'],
        texts: { bySector: { garments: TW, food: W, pharma: W } },
      },
      {
        key: 'bottleneckRetrofit', effort: 2, durationMonths: [3, 6], needs: [n('technicians', 'maintenance', 2, 0.3), own('maintenance', 1, 0.1)], programmes: ['khuyenCong2646', 'hanoiKhuyenCong'],
        lifts: ['D1.equipment'],
        texts: { bySector: { garments: TWK, food: TWK, pharma: TWK, electronics: TW, plastics: TW, medical: TW }, micro: W },
      },
    ],
    2: [
      {
        key: 'programLibrary', effort: 1, durationMonths: [1, 3], needs: [n('technicians', 'plcAutomation', 2, 0.2), n('technicians', 'plcAutomation', 2, 0.05, 'ongoing')], programmes: [],
        // "programs stored and reused for repeat jobs" (D1.automationShare level 3)
        lifts: ['D1.automationShare'],
        texts: { bySector: { garments: ALL, food: TWK, pharma: TWK, electronics: TWK, plastics: TWK, medical: TW } },
      },
      {
        key: 'cncPlcUpgrade', effort: 3, durationMonths: [6, 12],
        needs: [n('engineers', 'plcAutomation', 3, 0.5), n('technicians', 'plcAutomation', 2, 0.5), n('technicians', 'maintenance', 3, 0.3, 'ongoing')],
        programmes: ['khuyenCong2646', 'hanoiKhuyenCong', 'hanoiKeyProducts'],
        lifts: ['D1.equipment', 'D1.automationShare'],
        texts: { bySector: { garments: ALL, food: TWK, pharma: TWK, electronics: TWK, plastics: TWK, medical: W }, micro: W },
      },
    ],
    3: [
      {
        // Was a study only; it now includes the central program server that lifts D1.automationShare.
        key: 'automationStudy', oneOff: true, effort: 2, durationMonths: [3, 6], needs: [n('engineers', 'plcAutomation', 3, 0.3), n('itAutomation', 'dataIt', 2, 0.3), n('itAutomation', 'dataIt', 2, 0.1, 'ongoing')], programmes: ['sme80'],
        lifts: ['D1.automationShare'],
        texts: { bySector: { garments: TWK, food: TWK, pharma: TWK, electronics: W, plastics: W } },
      },
      {
        key: 'connectedCell', effort: 3, durationMonths: [9, 18],
        needs: [n('engineers', 'plcAutomation', 4, 1), n('itAutomation', 'mesErp', 3, 0.5), n('technicians', 'plcAutomation', 3, 0.3), n('technicians', 'plcAutomation', 3, 0.5, 'ongoing')],
        programmes: ['khuyenCong2646', 'hanoiKeyProducts'],
        lifts: ['D1.equipment', 'D1.automationShare'],
        texts: { bySector: { garments: TWK, food: TW, pharma: TW, electronics: TW, plastics: TW } },
      },
    ],
  },
  D2: {
    1: [
      {
        key: 'shiftSheet', effort: 1, durationMonths: [1, 2], needs: [own('dataIt', 1, 0.1), n('operators', 'dataIt', 1, 0.1, 'ongoing')], programmes: [],
        lifts: ['D2.dataCapture'],
        texts: { micro: W },
      },
      {
        // Now also connects the machines that already have a port, so it lifts D2.connectedShare.
        key: 'machineInventory', effort: 1, durationMonths: [1, 2], needs: [n('technicians', 'plcAutomation', 2, 0.2)], programmes: [],
        lifts: ['D2.connectedShare'],
      },
    ],
    2: [
      {
        key: 'retrofitCounters', effort: 2, durationMonths: [3, 6], needs: [n('technicians', 'maintenance', 2, 0.3), n('technicians', 'maintenance', 2, 0.05, 'ongoing'), own('dataIt', 2, 0.1, 'ongoing')], programmes: ['sme80', 'smedx'],
        lifts: ['D2.dataCapture', 'D2.connectedShare'],
        texts: { bySector: { garments: TW } },
      },
      {
        key: 'plcGateway', oneOff: true, effort: 2, durationMonths: [3, 6], needs: [n('itAutomation', 'plcAutomation', 3, 0.5), n('itAutomation', 'dataIt', 2, 0.2), n('technicians', 'plcAutomation', 2, 0.2, 'ongoing')], programmes: ['sme80'],
        lifts: ['D2.connectedShare', 'D2.dataCapture'],
        // sewing lines have no PLCs or CNCs to read; retrofitCounters serves them
        skipIf: [{ sectors: ['garmentsTextiles'] }],
      },
    ],
    3: [
      {
        // Now also connects the remaining machines, so it lifts D2.connectedShare.
        key: 'otNetwork', oneOff: true, effort: 2, durationMonths: [3, 6], needs: [n('itAutomation', 'dataIt', 3, 0.5), n('technicians', 'maintenance', 2, 0.3), n('itAutomation', 'dataIt', 3, 0.2, 'ongoing')], programmes: [],
        lifts: ['D2.connectedShare'],
      },
      {
        key: 'unifiedPlatform', effort: 3, durationMonths: [9, 18],
        needs: [n('itAutomation', 'dataIt', 3, 0.5), n('itAutomation', 'mesErp', 3, 0.5), n('engineers', 'mesErp', 2, 0.3), n('itAutomation', 'dataIt', 3, 0.5, 'ongoing')],
        programmes: ['sme80', 'smedx', 'khuyenCong2646'],
        lifts: ['D2.dataCapture', 'D2.connectedShare'],
      },
    ],
  },
  D3: {
    1: [
      {
        key: 'backupsAccounts', effort: 1, durationMonths: [1, 1], needs: [n('itAutomation', 'dataIt', 2, 0.1), n('itAutomation', 'dataIt', 2, 0.05, 'ongoing')], programmes: [],
        lifts: ['D3.security'],
        texts: { micro: W },
      },
      {
        // owner or office staff with the software vendor
        key: 'cloudOrderStock', effort: 1, durationMonths: [2, 4], needs: [own('mesErp', 1, 0.2)], programmes: ['sme80', 'smedx'],
        lifts: ['D3.systems', 'D3.integration'],
      },
    ],
    2: [
      {
        key: 'accessRestoreTest', effort: 1, durationMonths: [1, 2], needs: [n('itAutomation', 'dataIt', 2, 0.1), n('itAutomation', 'dataIt', 2, 0.05, 'ongoing')], programmes: [],
        lifts: ['D3.security'],
      },
      {
        key: 'erpRollout', effort: 3, durationMonths: [9, 18], needs: [n('itAutomation', 'mesErp', 3, 1), own('mesErp', 2, 0.3), n('itAutomation', 'mesErp', 3, 0.5, 'ongoing')], programmes: ['sme80', 'smedx'],
        lifts: ['D3.systems', 'D3.integration'],
        texts: { micro: TW },
      },
    ],
    3: [
      {
        key: 'otItSecurityPolicy', oneOff: true, effort: 2, durationMonths: [3, 6], needs: [n('itAutomation', 'dataIt', 3, 0.3), n('itAutomation', 'dataIt', 3, 0.1, 'ongoing')], programmes: ['sme80'],
        lifts: ['D3.security'],
      },
      {
        key: 'erpMesIntegration', effort: 3, durationMonths: [9, 18], needs: [n('itAutomation', 'mesErp', 4, 0.7), n('itAutomation', 'dataIt', 3, 0.3), n('itAutomation', 'mesErp', 3, 0.5, 'ongoing')], programmes: ['sme80', 'smedx'],
        lifts: ['D3.systems', 'D3.integration'],
      },
    ],
  },
  D4: {
    1: [
      {
        key: 'monthlyKpiReport', effort: 1, durationMonths: [1, 2], needs: [own('dataIt', 2, 0.1), own('dataIt', 2, 0.05, 'ongoing')], programmes: ['productivity1322'],
        lifts: ['D4.analytics', 'D4.kpiUse'],
        texts: { micro: W },
      },
    ],
    2: [
      {
        // Now a daily dashboard fed by the shift sheet, so it lifts D4.kpiUse.
        key: 'lossPareto', effort: 1, durationMonths: [1, 3], needs: [own('qualityMethods', 2, 0.2), own('dataIt', 2, 0.1, 'ongoing')], programmes: ['productivity1322'],
        lifts: ['D4.kpiUse'],
      },
      {
        key: 'liveOeeDashboard', effort: 2, durationMonths: [3, 6], needs: [n('itAutomation', 'dataIt', 3, 0.5), n('itAutomation', 'dataIt', 2, 0.1, 'ongoing'), n('operators', 'dataIt', 1, 0.1, 'ongoing')], programmes: ['sme80', 'smedx'],
        lifts: ['D4.analytics', 'D4.kpiUse'],
      },
    ],
    3: [
      {
        key: 'kpiTargetsAlerts', effort: 1, durationMonths: [1, 3], needs: [n('itAutomation', 'dataIt', 3, 0.2), own('dataIt', 2, 0.05, 'ongoing')], programmes: [],
        lifts: ['D4.kpiUse'],
      },
      {
        key: 'predictivePilot', effort: 2, durationMonths: [6, 12], needs: [n('engineers', 'dataIt', 3, 0.5), n('itAutomation', 'dataIt', 4, 0.5)], programmes: ['sme80', 'smedx'],
        lifts: ['D4.analytics'],
      },
    ],
  },
  D5: {
    1: [
      {
        key: 'weeklyExcelPlan', effort: 1, durationMonths: [1, 2], needs: [own('mesErp', 1, 0.1), own('mesErp', 1, 0.1, 'ongoing')], programmes: ['productivity1322'],
        lifts: ['D5.planning', 'D5.wipTracking'],
        texts: { bySector: { garments: TW, food: TW, pharma: TW }, micro: W },
      },
    ],
    2: [
      {
        key: 'qrJobTravellers', effort: 2, durationMonths: [3, 6], needs: [n('itAutomation', 'mesErp', 2, 0.3), n('operators', 'dataIt', 1, 0.1, 'ongoing')], programmes: ['sme80', 'smedx'],
        lifts: ['D5.wipTracking'],
        texts: { bySector: { garments: TW, food: TW, pharma: TW } },
      },
      {
        // the planner: an engineer in most firms that reach this step
        key: 'capacityPlanning', effort: 2, durationMonths: [4, 9], needs: [n('engineers', 'mesErp', 3, 0.3), n('engineers', 'mesErp', 3, 0.2, 'ongoing')], programmes: ['sme80', 'smedx'],
        lifts: ['D5.planning'],
      },
    ],
    3: [
      {
        // Now re-planning from shop-floor reports (it lifts D5.planning), effort 2 (was 1).
        key: 'dailyPlanActual', effort: 2, durationMonths: [2, 4], needs: [n('itAutomation', 'mesErp', 2, 0.2), own('mesErp', 2, 0.1, 'ongoing')], programmes: ['productivity1322'],
        lifts: ['D5.planning'],
      },
      {
        key: 'autoReplanning', effort: 3, durationMonths: [9, 15], needs: [n('itAutomation', 'mesErp', 4, 0.5), n('engineers', 'mesErp', 3, 0.5), n('itAutomation', 'mesErp', 3, 0.2, 'ongoing')], programmes: ['sme80', 'smedx'],
        lifts: ['D5.planning', 'D5.wipTracking'],
      },
    ],
  },
  D6: {
    1: [
      {
        key: 'checkSheetsPm', effort: 1, durationMonths: [1, 3], needs: [n('quality', 'qualityMethods', 2, 0.2), n('operators', 'qualityMethods', 1, 0.1, 'ongoing'), n('technicians', 'maintenance', 2, 0.1, 'ongoing')], programmes: ['productivity1322'],
        lifts: ['D6.quality', 'D6.maintenance'],
        texts: { bySector: { garments: TWK, food: TWK, pharma: TWK, medical: W, electronics: W }, micro: W },
      },
      {
        key: 'lotLabels', effort: 1, durationMonths: [1, 2], needs: [own('qualityMethods', 1, 0.1), n('operators', 'qualityMethods', 1, 0.05, 'ongoing')], programmes: [],
        lifts: ['D6.traceability'],
        skipIf: [{ required: 'lotTraceability' }],
        texts: { bySector: { aluminium: W, plastics: W, electronics: W, garments: W, food: W, pharma: W, medical: W } },
      },
    ],
    2: [
      {
        key: 'digitalSpc', effort: 2, durationMonths: [3, 6], needs: [n('quality', 'qualityMethods', 3, 0.3), n('quality', 'dataIt', 2, 0.2), n('quality', 'qualityMethods', 3, 0.2, 'ongoing')], programmes: ['productivity1322', 'sme80'],
        lifts: ['D6.quality'],
        texts: { bySector: { garments: TWK, food: TWK, pharma: TWK, electronics: W } },
      },
      {
        key: 'cmms', effort: 2, durationMonths: [2, 4], needs: [n('technicians', 'maintenance', 3, 0.3), n('technicians', 'dataIt', 1, 0.1, 'ongoing')], programmes: ['sme80', 'smedx'],
        lifts: ['D6.maintenance'],
        texts: { micro: W },
      },
      {
        key: 'digitalLotTrace', effort: 2, durationMonths: [3, 6], needs: [n('quality', 'mesErp', 2, 0.3), n('operators', 'dataIt', 1, 0.05, 'ongoing')], programmes: ['sme80'],
        lifts: ['D6.traceability'],
        texts: { bySector: { food: W, garments: W, medical: W } },
      },
    ],
    3: [
      {
        key: 'conditionMonitoring', effort: 2, durationMonths: [4, 9], needs: [n('technicians', 'maintenance', 4, 0.5), n('itAutomation', 'dataIt', 3, 0.3), n('technicians', 'maintenance', 3, 0.3, 'ongoing')], programmes: ['sme80', 'khuyenCong2646'],
        lifts: ['D6.maintenance'],
        texts: { bySector: { garments: W, food: W, pharma: W } },
      },
      {
        key: 'inlineInspection', effort: 3, durationMonths: [6, 12], needs: [n('engineers', 'plcAutomation', 3, 0.5), n('quality', 'qualityMethods', 3, 0.3), n('technicians', 'plcAutomation', 2, 0.2, 'ongoing')], programmes: ['khuyenCong2646', 'hanoiKeyProducts'],
        lifts: ['D6.quality'],
        texts: { bySector: { garments: W, food: W, pharma: W, electronics: W, medical: W } },
      },
    ],
  },
  D7: {
    1: [
      {
        // owner or sales staff
        key: 'orderStatusSheet', effort: 1, durationMonths: [1, 2], needs: [own('dataIt', 1, 0.1), own('dataIt', 1, 0.05, 'ongoing')], programmes: [],
        lifts: ['D7.partners'],
      },
    ],
    2: [
      {
        // Now with purchase orders exchanged online (it lifts D7.partners), effort 2 (was 1). A firm
        // certified to ISO 9001, ISO 13485 or IATF 16949 already evaluates its suppliers.
        key: 'supplierScorecard', effort: 2, durationMonths: [3, 6], needs: [n('itAutomation', 'mesErp', 2, 0.2), n('quality', 'qualityMethods', 2, 0.2), n('quality', 'qualityMethods', 2, 0.1, 'ongoing')], programmes: ['sme80', 'smedx', 'productivity1322'],
        lifts: ['D7.partners'],
        skipIf: [{ required: 'supplierEvaluation' }],
      },
      {
        // sales staff use the portal (no role in ROLES); the buyers' languages are asked in the workforce step
        key: 'portalEdi', effort: 2, durationMonths: [3, 6], needs: [n('itAutomation', 'mesErp', 2, 0.3), n('itAutomation', 'mesErp', 2, 0.1, 'ongoing')], programmes: ['sme80', 'smedx'],
        lifts: ['D7.partners', 'D7.digitalShare'],
      },
    ],
    3: [
      {
        key: 'digitalProductData', effort: 2, durationMonths: [3, 6], needs: [n('quality', 'mesErp', 2, 0.3), n('energyEsg', 'energyGhg', 2, 0.2)], programmes: ['sme80'],
        lifts: ['D7.partners'],
        texts: { bySector: { food: W, pharma: W, garments: W } },
      },
      {
        key: 'sharedForecastVmi', effort: 3, durationMonths: [9, 18], needs: [n('itAutomation', 'mesErp', 4, 0.5), n('itAutomation', 'mesErp', 3, 0.2, 'ongoing'), own('mesErp', 2, 0.1, 'ongoing')], programmes: ['sme80', 'smedx'],
        lifts: ['D7.partners', 'D7.digitalShare'],
      },
    ],
  },
  D8: {
    1: [
      {
        key: 'leadershipWorkshop', opensPlan: true, effort: 1, durationMonths: [1, 1], needs: [own('dataIt', 1, 0.1)], programmes: [],
        lifts: ['D8.strategy'],
        texts: { micro: TW },
      },
    ],
    2: [
      {
        key: 'writtenRoadmap', effort: 1, durationMonths: [1, 3], needs: [own('dataIt', 1, 0.2)], programmes: ['smedx'],
        lifts: ['D8.strategy', 'D8.investment'],
        texts: { micro: W },
      },
      {
        key: 'dxConsulting', effort: 2, durationMonths: [2, 4], needs: [own('dataIt', 1, 0.2)], programmes: ['sme80', 'smedx'],
        lifts: ['D8.investment'],
      },
    ],
    3: [
      {
        // the directors with the accountant
        key: 'roiReview', effort: 1, durationMonths: [2, 4], needs: [own('dataIt', 1, 0.1)], programmes: [],
        lifts: ['D8.investment', 'D8.strategy'],
      },
    ],
  },
  D9: {
    1: [
      {
        key: 'shortCourses', effort: 1, durationMonths: [1, 3], needs: [n('technicians', 'plcAutomation', 1, 0.1)], programmes: ['hanoiKhuyenCong', 'khuyenCong2646'],
        lifts: ['D9.skills', 'D9.specialists'],
        texts: { bySector: { garments: TWK }, micro: W, cover: ['technicians'] },
      },
      {
        key: 'trainingRecords', effort: 1, durationMonths: [1, 1], needs: [own('qualityMethods', 1, 0.1)], programmes: [],
        lifts: ['D9.training'],
        skipIf: [{ required: 'competenceRecords' }],
      },
    ],
    2: [
      {
        // the production manager with HR
        key: 'skillsMatrix', effort: 1, durationMonths: [1, 3], needs: [own('qualityMethods', 1, 0.2)], programmes: ['productivity1322'],
        lifts: ['D9.skills', 'D9.training'],
        texts: { bySector: { garments: TWK }, micro: W },
      },
      {
        key: 'schoolPartnership', effort: 1, durationMonths: [3, 6], needs: [own('qualityMethods', 1, 0.1), n('technicians', 'maintenance', 2, 0.1, 'ongoing')], programmes: ['khuyenCong2646'],
        lifts: ['D9.specialists'],
        skipIf: [{ schoolPartnership: true }],
        texts: { micro: TW },
      },
      {
        key: 'shiftTechnicians', effort: 2, durationMonths: [6, 12], needs: [n('technicians', 'plcAutomation', 3, 0.3), n('technicians', 'plcAutomation', 3, 1, 'ongoing')], programmes: ['hanoiKhuyenCong'],
        lifts: ['D9.specialists'],
        texts: { bySector: { garments: TWK }, cover: ['technicians'] },
      },
    ],
    3: [
      {
        key: 'trainingEffectiveness', effort: 1, durationMonths: [2, 4], needs: [own('qualityMethods', 2, 0.1)], programmes: [],
        lifts: ['D9.training'],
      },
      {
        key: 'dataAutomationSpecialists', effort: 2, durationMonths: [6, 12], needs: [n('engineers', 'dataIt', 3, 0.3), n('engineers', 'plcAutomation', 3, 0.3), n('engineers', 'dataIt', 3, 0.5, 'ongoing'), n('engineers', 'plcAutomation', 3, 0.5, 'ongoing')], programmes: [],
        lifts: ['D9.specialists', 'D9.skills'],
        skipIf: [{ micro: true }],
        texts: { bySector: { garments: W } },
      },
    ],
  },
  D10: {
    1: [
      {
        // supervisors and workers, with the owner
        key: 'kaizenLog', effort: 1, durationMonths: [1, 3], needs: [own('qualityMethods', 1, 0.1), n('operators', 'qualityMethods', 1, 0.05, 'ongoing')], programmes: ['productivity1322'],
        lifts: ['D10.rnd', 'D10.ip'],
      },
    ],
    2: [
      {
        key: 'rndBudgetLog', effort: 1, durationMonths: [1, 2], needs: [own('dataIt', 1, 0.1)], programmes: [],
        lifts: ['D10.ip'],
      },
      {
        key: 'designTeam', effort: 2, durationMonths: [6, 12], needs: [n('engineers', 'qualityMethods', 3, 0.5), n('engineers', 'qualityMethods', 3, 1, 'ongoing')], programmes: ['hanoiKeyProducts'],
        lifts: ['D10.rnd'],
        skipIf: [{ micro: true }],
        texts: { bySector: { garments: TWK, food: TWK, pharma: TW, medical: W } },
      },
    ],
    3: [
      {
        // with an IP agent; whoever made the design describes it
        key: 'utilitySolution', effort: 2, durationMonths: [6, 12], needs: [own('qualityMethods', 1, 0.1)], programmes: ['hanoiKeyProducts'],
        lifts: ['D10.ip', 'D10.rnd'],
      },
      {
        key: 'jointRnd', effort: 2, durationMonths: [6, 12], needs: [n('engineers', 'qualityMethods', 3, 0.3)], programmes: ['hanoiKeyProducts'],
        lifts: ['D10.rnd', 'D10.ip'],
      },
    ],
  },
  D11: {
    1: [
      {
        // the owner or the accountant, from the bills
        key: 'monthlyEnergyLog', effort: 1, durationMonths: [1, 2], needs: [own('energyGhg', 1, 0.1), own('energyGhg', 1, 0.05, 'ongoing')], programmes: [],
        lifts: ['D11.energyData'],
        skipIf: [{ required: 'energyReview' }],
      },
      {
        // the owner or the accountant, with this tool's ESG page
        key: 'firstGhgEstimate', effort: 1, durationMonths: [1, 1], needs: [own('energyGhg', 1, 0.1)], programmes: [],
        lifts: ['D11.energyData'],
      },
    ],
    2: [
      {
        // an electrician fits the meters; the supervisor logs them
        key: 'subMetering', oneOff: true, effort: 2, durationMonths: [2, 4], needs: [n('technicians', 'maintenance', 2, 0.3), own('energyGhg', 2, 0.05, 'ongoing')], programmes: ['sme80', 'hanoiKhuyenCong', 'vneep'],
        lifts: ['D11.metering'],
        texts: { bySector: { metal: W, aluminium: W, plastics: W, electronics: W, garments: W, food: W, pharma: W, medical: W } },
      },
      {
        key: 'ghgInventory', oneOff: true, effort: 2, durationMonths: [3, 6], needs: [n('energyEsg', 'energyGhg', 3, 0.3), n('energyEsg', 'energyGhg', 3, 0.1, 'ongoing')], programmes: [],
        lifts: ['D11.energyData'],
      },
    ],
    3: [
      {
        key: 'energyManagementSystem', oneOff: true, effort: 2, durationMonths: [6, 12], needs: [n('energyEsg', 'energyGhg', 3, 0.5), n('energyEsg', 'energyGhg', 3, 0.3, 'ongoing')], programmes: ['productivity1322', 'vneep'],
        lifts: ['D11.energyData'],
        skipIf: [{ held: ['iso50001'] }],
      },
      {
        key: 'liveEnergyPerProduct', effort: 3, durationMonths: [6, 12], needs: [n('itAutomation', 'dataIt', 3, 0.5), n('technicians', 'maintenance', 2, 0.2), n('energyEsg', 'energyGhg', 3, 0.2), n('energyEsg', 'energyGhg', 3, 0.1, 'ongoing')], programmes: ['sme80', 'khuyenCong2646', 'vneep'],
        lifts: ['D11.metering', 'D11.energyData'],
      },
    ],
  },
  D12: {
    1: [
      {
        // export or sales staff with the importer
        key: 'cnCodeScope', context: 'cbam', byMaterial: true, effort: 1, durationMonths: [1, 1], needs: [own('energyGhg', 1, 0.1)], programmes: [],
        lifts: ['D12.cbamKnowledge', 'D12.importerRequests'],
      },
      {
        key: 'buyerCarbonRequests', context: 'footprint', effort: 1, durationMonths: [1, 2], needs: [own('energyGhg', 1, 0.1)], programmes: [],
        lifts: ['D12.importerRequests', 'D12.cbamKnowledge'],
      },
      {
        key: 'defaultExposure', context: 'cbam', effort: 1, durationMonths: [1, 1], needs: [own('energyGhg', 1, 0.1)], programmes: [],
        lifts: ['D12.productCarbon', 'D12.importerRequests'],
      },
    ],
    2: [
      {
        // purchasing sends the request
        key: 'precursorData', context: 'cbam', byMaterial: true, effort: 1, durationMonths: [1, 3], needs: [own('energyGhg', 2, 0.1), own('energyGhg', 2, 0.05, 'ongoing')], programmes: [],
        lifts: ['D12.productCarbon'],
      },
      {
        key: 'supplierMaterialData', context: 'footprint', effort: 1, durationMonths: [1, 3], needs: [own('energyGhg', 2, 0.1)], programmes: [],
        lifts: ['D12.productCarbon'],
      },
      {
        key: 'productFootprint', oneOff: true, context: 'footprint', effort: 2, durationMonths: [3, 6], needs: [n('energyEsg', 'energyGhg', 3, 0.3)], programmes: [],
        lifts: ['D12.productCarbon', 'D12.importerRequests'],
      },
      {
        key: 'euMethodMonitoring', oneOff: true, context: 'cbam', byMaterial: true, effort: 2, durationMonths: [3, 6], needs: [n('energyEsg', 'energyGhg', 3, 0.3), n('energyEsg', 'energyGhg', 3, 0.2, 'ongoing')], programmes: [],
        lifts: ['D12.cbamKnowledge', 'D12.productCarbon', 'D12.importerRequests'],
      },
    ],
    3: [
      {
        key: 'accreditedVerification', oneOff: true, context: 'cbam', effort: 2, durationMonths: [4, 8], needs: [n('energyEsg', 'energyGhg', 3, 0.2), n('energyEsg', 'energyGhg', 3, 0.1, 'ongoing')], programmes: [],
        lifts: ['D12.productCarbon', 'D12.importerRequests'],
      },
      {
        key: 'verifiedFootprint', oneOff: true, context: 'footprint', effort: 2, durationMonths: [4, 8], needs: [n('energyEsg', 'energyGhg', 3, 0.2)], programmes: [],
        lifts: ['D12.productCarbon', 'D12.importerRequests'],
      },
      {
        key: 'reductionPlan', context: 'cbam', byMaterial: true, effort: 3, durationMonths: [12, 18], needs: [n('energyEsg', 'energyGhg', 3, 0.3), n('engineers', 'energyGhg', 2, 0.5)], programmes: ['khuyenCong2646', 'vneep'],
        lifts: ['D12.cbamKnowledge'],
      },
    ],
  },
  D13: {
    1: [
      {
        // the owner or the administration
        key: 'permitRegister', effort: 1, durationMonths: [1, 2], needs: [own('qualityMethods', 1, 0.1)], programmes: [],
        lifts: ['D13.management'],
        skipIf: [{ required: 'legalRegister' }],
        texts: { bySector: { metal: W, food: W } },
      },
      {
        // the owner or HR
        key: 'buyerCodeGapCheck', effort: 1, durationMonths: [1, 2], needs: [own('qualityMethods', 1, 0.1)], programmes: [],
        lifts: ['D13.certifications', 'D13.management'],
      },
    ],
    2: [
      {
        // Now with monthly KPIs reviewed against buyers' codes, so it lifts D13.management.
        key: 'vsmeDataFile', effort: 1, durationMonths: [2, 4], needs: [own('energyGhg', 2, 0.2), own('energyGhg', 2, 0.05, 'ongoing')], programmes: [],
        lifts: ['D13.management'],
      },
      {
        key: 'iso14001And45001', oneOff: true, effort: 2, durationMonths: [6, 12], needs: [n('quality', 'qualityMethods', 3, 0.5), n('quality', 'qualityMethods', 3, 0.2, 'ongoing')], programmes: ['productivity1322'],
        lifts: ['D13.certifications', 'D13.management'],
        // any of them already gives level 3 of D13.certifications
        skipIf: [{ held: ['iso14001', 'iso45001', 'iso50001'] }],
      },
    ],
    3: [
      {
        key: 'supplierScreening', effort: 1, durationMonths: [2, 4], needs: [n('quality', 'qualityMethods', 2, 0.2), n('quality', 'qualityMethods', 2, 0.05, 'ongoing')], programmes: [],
        lifts: ['D13.supplierScreening'],
      },
      {
        key: 'vsmeReportTargets', oneOff: true, effort: 2, durationMonths: [3, 6], needs: [n('energyEsg', 'energyGhg', 3, 0.3), n('energyEsg', 'energyGhg', 3, 0.1, 'ongoing')], programmes: [],
        lifts: ['D13.management', 'D13.certifications'],
      },
    ],
  },
};

const LEVEL_STEPS: readonly LevelStep[] = [1, 2, 3];

function build(): Action[] {
  const out: Action[] = [];
  for (const [dim, steps] of Object.entries(LIBRARY) as [DimensionId, Record<LevelStep, Spec[]>][]) {
    for (const step of LEVEL_STEPS) {
      for (const { key, ...rest } of steps[step]) {
        const id = `${dim}.s${step}.${key}`;
        // "why" names exactly the answers the action lifts: each lifted item below the level step s reaches
        const triggers: Trigger[] = rest.lifts.map((item) => ({ item, below: step + 1 }));
        out.push({ id, dimension: dim, step, textKey: `actions.${id}`, ...rest, triggers });
      }
    }
  }
  return out;
}

/** The skill a find-out action of the dimension draws on (looking up records, asking the floor). */
const FIND_OUT_SKILL: Readonly<Record<DimensionId, SkillArea>> = {
  D1: 'plcAutomation', D2: 'dataIt', D3: 'dataIt', D4: 'dataIt', D5: 'mesErp', D6: 'qualityMethods', D7: 'mesErp',
  D8: 'dataIt', D9: 'qualityMethods', D10: 'qualityMethods', D11: 'energyGhg', D12: 'energyGhg', D13: 'qualityMethods',
};

/** Every item can be answered "don't know" (docs/RULES.md §3.2, §4.4), so every item gets one. */
function buildFindOut(): Action[] {
  return ITEMS.map((item) => {
    const id = `findOut.${item.id}`;
    return {
      id,
      dimension: item.dimension,
      step: 'findOut' as const,
      effort: 1 as const,
      durationMonths: [1, 1] as const,
      // The owner or a supervisor finds out (a few hours); a missing role must not block the first step.
      needs: [own(FIND_OUT_SKILL[item.dimension], 1, 0.05)],
      programmes: [],
      triggers: [{ dontKnow: item.id }],
      textKey: `actions.${id}`,
      lifts: [item.id],
    };
  });
}

export const STEP_ACTIONS: readonly Action[] = build();
export const FIND_OUT_ACTIONS: readonly Action[] = buildFindOut();
export const ACTIONS: readonly Action[] = [...STEP_ACTIONS, ...FIND_OUT_ACTIONS];
export const ACTION_BY_ID: ReadonlyMap<string, Action> = new Map(ACTIONS.map((x) => [x.id, x]));

/** The library actions of one step; with a context, only those that fit it (or need none). */
export function stepActions(dimension: DimensionId, step: LevelStep, context?: D12Context): Action[] {
  const ofStep = STEP_ACTIONS_BY_STEP.get(`${dimension}|${step}`) ?? [];
  return ofStep.filter((x) => context === undefined || x.context === undefined || x.context === context);
}

/** The library's step actions by dimension and step, in library order (asked per step of every firm). */
const STEP_ACTIONS_BY_STEP: ReadonlyMap<string, readonly Action[]> = (() => {
  const m = new Map<string, Action[]>();
  for (const x of STEP_ACTIONS) {
    const key = `${x.dimension}|${x.step}`;
    const list = m.get(key);
    if (list) list.push(x);
    else m.set(key, [x]);
  }
  return m;
})();

export function findOutAction(itemId: string): Action | undefined {
  return ACTION_BY_ID.get(`findOut.${itemId}`);
}
