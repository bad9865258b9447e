/** The report's page geometry, colours and type styles (mm and pt), shared by the PDF drawing modules. */
export const FONT = 'BeVietnamPro';
export const PAGE_W = 210;
export const PAGE_H = 297;
export const M_X = 18;
export const M_TOP = 16;
/** content starts below the running header on pages after the cover */
export const CONTENT_TOP = 25;
export const BOTTOM = PAGE_H - 20;
export const CONTENT_W = PAGE_W - 2 * M_X;
export const PT = 25.4 / 72;
/** table rows taller than this (mm) may break across pages; moving them whole leaves half a page blank */
export const TALL_ROW = 45;
/** room (mm) a tall row needs to start on this page: a few lines of it, not one */
export const SPLIT_ROOM = 30;

export type RGB = readonly [number, number, number];
export const BRAND: RGB = [11, 93, 143];
export const BRAND_DARK: RGB = [7, 61, 94];
export const BRAND_TINT: RGB = [231, 241, 248];
export const BRAND_FILL: RGB = [196, 221, 237];
export const INK: RGB = [26, 32, 44];
export const GREY: RGB = [88, 99, 112];
export const LIGHT_GREY: RGB = [120, 130, 142];
export const RULE: RGB = [206, 213, 221];
export const ZEBRA: RGB = [246, 248, 250];
export const WHITE: RGB = [255, 255, 255];
export const ON_BRAND_SOFT: RGB = [205, 226, 240];

export interface Style { size: number; bold?: boolean; color: RGB }
export interface Line { text: string; size: number; bold: boolean; color: RGB; /** extra space above, mm */ gap?: number }
/** Primary style and the lighter style of the English beneath (bilingual mode). */
export interface Pair { main: Style; sub: Style }

export const lineH = (size: number) => size * PT * 1.25;
export const lineHeight = (l: Line) => lineH(l.size) + (l.gap ?? 0);
export const linesHeight = (ls: readonly Line[]) => ls.reduce((s, l) => s + lineHeight(l), 0);

export const P_BODY: Pair = { main: { size: 9.5, color: INK }, sub: { size: 7.5, color: GREY } };
export const P_MUTED: Pair = { main: { size: 8.5, color: GREY }, sub: { size: 7, color: LIGHT_GREY } };
export const P_STRONG: Pair = { main: { size: 9.5, bold: true, color: INK }, sub: { size: 7.5, color: GREY } };
export const P_H1: Pair = { main: { size: 17, bold: true, color: BRAND }, sub: { size: 11, color: GREY } };
export const P_H2: Pair = { main: { size: 12, bold: true, color: INK }, sub: { size: 9.5, color: GREY } };
export const P_TH: Pair = { main: { size: 8.5, bold: true, color: WHITE }, sub: { size: 7.5, color: ON_BRAND_SOFT } };
export const P_TD: Pair = { main: { size: 8.5, color: INK }, sub: { size: 7.5, color: GREY } };
export const P_LABEL: Pair = { main: { size: 8.5, bold: true, color: GREY }, sub: { size: 7.5, color: LIGHT_GREY } };
export const P_ACTION: Pair = { main: { size: 11, bold: true, color: BRAND_DARK }, sub: { size: 9, color: GREY } };
export const P_META: Pair = { main: { size: 8.5, color: GREY }, sub: { size: 7.5, color: LIGHT_GREY } };
