import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment';
import { ACTION_BY_ID } from '../../src/domain/actions';
import { DIMENSION_IDS } from '../../src/domain/instrument/types';
import { addMonths, buildRoadmap, HORIZONS } from '../../src/domain/roadmap';
import type { Roadmap } from '../../src/domain/roadmap';
import { scoreAssessment } from '../../src/domain/scoring';
import { hasSchoolPartnership } from '../../src/domain/action-fit';
import { TRAINING_HOURS_PER_LEVEL } from '../../src/domain/staffing-ways';
import { buildWorkforcePlan } from '../../src/domain/workforce-plan';
import { arbitraryAssessment } from '../fixtures/arbitrary-assessment';
import { P1, P2, P3 } from '../fixtures/personas';

const RUNS = { numRuns: 200 };
// Generating whole assessments is the slow part; give the runs room on a busy machine.
const TIMEOUT = 60_000;
const build = (a: Assessment): Roadmap => buildRoadmap(a, scoreAssessment(a));
const ids = (r: Roadmap) => new Set([...r.entries, ...r.later, ...r.dropped].map((e) => e.actionId));
const level = fc.integer({ min: 2, max: 8 }).map((x) => x / 2); // 1.0 … 4.0 in halves

describe('roadmap properties', () => {
  it('raising a target never removes an action, for that dimension or any other', () => {
    fc.assert(
      fc.property(arbitraryAssessment, fc.constantFrom(...DIMENSION_IDS), level, level, (a, dim, x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        const low = structuredClone(a);
        low.plan.targets = { ...a.plan.targets, [dim]: lo };
        const high = structuredClone(a);
        high.plan.targets = { ...a.plan.targets, [dim]: hi };
        const before = ids(build(low));
        const after = ids(build(high));
        for (const id of before) expect(after.has(id), `${dim} ${lo}→${hi}: ${id}`).toBe(true);
        const ofDim = (s: Set<string>) => [...s].filter((i) => ACTION_BY_ID.get(i)?.dimension === dim);
        expect(ofDim(after).length).toBeGreaterThanOrEqual(ofDim(before).length);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('raising a target adds the next steps\' actions on fully scored personas', () => {
    fc.assert(
      fc.property(fc.constantFrom(P1, P2, P3), fc.constantFrom(...DIMENSION_IDS), level, level, (p, dim, x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        const at = (t: number) => {
          const a = structuredClone(p);
          a.plan.targets = { [dim]: t };
          return build(a);
        };
        const low = at(lo);
        const high = at(hi);
        const of = (r: Roadmap) => [...r.entries, ...r.later].filter((e) => e.dimension === dim).map((e) => e.actionId);
        for (const id of of(low)) expect(of(high)).toContain(id);
        // a gap can only grow with the target
        expect(high.targets[dim].gap).toBeGreaterThanOrEqual(low.targets[dim].gap);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('plans no action for what the firm already has: every step action lifts one of its answers, unless the user pulled it', () => {
    fc.assert(
      fc.property(arbitraryAssessment, (a) => {
        const scores = scoreAssessment(a);
        const r = buildRoadmap(a, scores);
        for (const e of [...r.entries, ...r.later]) {
          const step = e.step;
          if (step === 'findOut' || a.plan.pulled.includes(e.actionId)) continue;
          const values = scores.dimensions[e.dimension].itemValues;
          // an answer the action lifts that is below the level its step reaches, or not known
          const lifted = e.lifts.filter((item) => values[item] === 'dk' || (typeof values[item] === 'number' && (values[item] as number) < step + 1));
          expect(lifted, `${e.actionId} (step ${step}) lifts ${e.lifts.join(', ')}: ${e.lifts.map((i) => String(values[i])).join(', ')}`).not.toEqual([]);
        }
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('starts every planned find-out action in the first six months; one the caps leave out waits in "later"', () => {
    fc.assert(
      fc.property(arbitraryAssessment, (a) => {
        const r = build(a);
        for (const e of r.entries.filter((x) => x.step === 'findOut')) {
          expect(e.horizon, e.actionId).toBe('h0');
          expect(e.start < addMonths(a.profile.assessmentDate, HORIZONS.h1.startMonth), `${e.actionId} starts ${e.start}`).toBe(true);
        }
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('keeps its invariants on any valid assessment', () => {
    fc.assert(
      fc.property(arbitraryAssessment, (a) => {
        const scores = scoreAssessment(a);
        const r = buildRoadmap(a, scores);
        const chosen = r.entries.map((e) => e.actionId);
        expect(new Set(chosen).size).toBe(chosen.length);
        for (const e of r.dropped) expect(chosen).not.toContain(e.actionId);
        const later = r.later.map((e) => e.actionId);
        for (const id of later) expect(chosen).not.toContain(id);
        // the plan holds what the firm can carry: the caps of its size, whatever was pulled
        expect(r.byHorizon.h0.length).toBeLessThanOrEqual(r.caps.h0);
        expect(r.entries.length).toBeLessThanOrEqual(r.caps.total);
        // and in no later six months do more quick actions start than in the first
        for (const m of [6, 12, 18, 24, 30]) expect(r.entries.filter((e) => e.deferredMonth === m).length).toBeLessThanOrEqual(r.caps.h0);
        // one action per dimension step unless the user pulled another
        const steps = r.entries.filter((e) => e.step !== 'findOut' && !e.userPulled).map((e) => `${e.dimension}|${e.step}`);
        expect(new Set(steps).size).toBe(steps.length);
        for (const id of chosen) expect(a.plan.dropped).not.toContain(id);
        expect(r.entries).toEqual([...r.byHorizon.h0, ...r.byHorizon.h1, ...r.byHorizon.h2]);
        // every "don't know" yields a find-out action, chosen or dropped
        const all = ids(r);
        for (const item of scores.dontKnowItems) expect(all.has(`findOut.${item}`)).toBe(true);
        const date = a.profile.assessmentDate;
        for (const e of [...r.entries, ...r.later, ...r.dropped]) {
          const i = e.inputs;
          expect(e.priority).toBeCloseTo((i.g * i.m * i.u) / i.e, 9);
          expect(i.g).toBeGreaterThan(0);
          expect(i.m).toBeGreaterThanOrEqual(1);
          expect(i.m).toBeLessThanOrEqual(3);
          expect([1, 1.5]).toContain(i.u);
          const h = HORIZONS[e.horizon];
          expect(e.start >= addMonths(date, h.startMonth)).toBe(true);
          expect(e.start < addMonths(date, h.endMonth)).toBe(true);
          if (e.deadline?.pulledForward) {
            // brought forward for a deadline: it starts at once
            expect(e.start).toBe(date);
          } else if (e.deferredMonth !== null) {
            // a quick action the full first six months sent on: it starts then, and ends in its horizon
            expect(e.step === 'findOut' || e.effort === 1).toBe(true);
            expect(e.start).toBe(addMonths(date, e.deferredMonth));
            expect(e.end <= addMonths(date, h.endMonth)).toBe(true);
          } else {
            expect(e.horizon).toBe(e.step === 'findOut' || e.effort === 1 ? 'h0' : e.effort === 2 ? 'h1' : 'h2');
            expect(e.end <= addMonths(date, h.endMonth)).toBe(true);
          }
          // on time, or flagged late: never silently after the date that pulled it
          if (e.deadline) expect(e.end <= e.deadline.date || e.deadline.late).toBe(true);
          // a scored dimension's actions never exceed its target
          if (e.step !== 'findOut') {
            const t = r.targets[e.dimension];
            expect(t.target).not.toBeNull();
            expect(e.step).toBeLessThan(t.target!);
            expect(e.step + 1).toBeGreaterThan(t.current!);
          }
        }
        // within a horizon, entries the user did not order follow priority, after the plan's opener
        for (const h of ['h0', 'h1', 'h2'] as const) {
          const unordered = r.byHorizon[h].filter((e) => !e.userOrdered);
          const openerAt = unordered.findIndex((e) => ACTION_BY_ID.get(e.actionId)?.opensPlan);
          expect(openerAt).toBeLessThanOrEqual(0);
          const free = unordered.filter((e) => !ACTION_BY_ID.get(e.actionId)?.opensPlan).map((e) => e.priority);
          for (let k = 1; k < free.length; k++) expect(free[k]!).toBeLessThanOrEqual(free[k - 1]! + 1e-9);
          const firstFree = r.byHorizon[h].findIndex((e) => !e.userOrdered);
          if (firstFree >= 0) expect(r.byHorizon[h].slice(firstFree).every((e) => !e.userOrdered)).toBe(true);
        }
        // the workforce plan only counts chosen actions, and its ways keep to the firm's answers
        const staffing = buildWorkforcePlan(a, r.entries);
        for (const n of [...staffing.needs, ...staffing.closing]) {
          for (const id of n.actionIds) expect(chosen).toContain(id);
        }
        for (const g of staffing.closing) {
          for (const w of g.ways) {
            if (w.kind === 'hire') {
              expect(g.role).not.toBe('owner');
              expect(w.startBy >= date).toBe(true);
              expect(w.lateMonths > 0).toBe(addMonths(g.by, -w.leadMonths) < date);
            }
            if (w.kind === 'schoolPartnership') expect(w.existing).toBe(hasSchoolPartnership(a.workforce));
            if (w.kind === 'outsideService') for (const id of w.actionIds) expect(ACTION_BY_ID.get(id)?.oneOff).toBe(true);
            if (w.kind === 'train') expect(w.hoursPerPerson).toBe((g.short.levels ?? 0) * TRAINING_HOURS_PER_LEVEL);
          }
          expect(g.retention).toBe(g.role !== 'owner' && a.workforce.roles[g.role]?.hiring === 'hard');
        }
      }),
      RUNS,
    );
  }, TIMEOUT);
});
