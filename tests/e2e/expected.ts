// An independent, deliberately simple scorer written from the pack file's rules, used to check
// what the app shows. It shares no code with the Rust engine. Points are handled in tenths.
import { readFileSync } from "node:fs";

export const pack = JSON.parse(readFileSync("packs/nfsdc-2023.json", "utf8"));
export const indicators: any[] = pack.groups.flatMap((g: any) => g.indicators.map((i: any) => ({ ...i, group: g.id })));
const tenths = (p: number) => Math.round(p * 10);

/** What the test will answer for one indicator. */
export type Plan =
  | { kind: "level"; index: number }
  | { kind: "items"; ids: string[] }
  | { kind: "findings"; count: number }
  | { kind: "inputs"; values: Record<string, number> };

/** Inputs that make a calculator's value exactly `target`. */
function inputsFor(calc: any, target: number): Record<string, number> {
  const f = calc.formula;
  switch (f.kind) {
    case "per_thousand":
      return { [f.population]: 1_000_000, [f.count]: Math.round(target * 1000) };
    case "percentage":
      return { [f.whole]: 1000, [f.part]: Math.round(target * 10) };
    case "growth": {
      const step = target <= 0 ? 0 : Math.max(1, Math.ceil(target));
      return { [f.previous]: 1000, [f.current]: 1000 + step * 10 };
    }
    case "value":
      return { [f.input]: target };
  }
  throw new Error(`unknown formula ${f.kind}`);
}

/** Full marks everywhere except the indicators in `weaker`, which get a lower answer. */
export function planFor(ind: any, weaker: Set<string>): Plan {
  const weak = weaker.has(ind.id);
  const rule = ind.rule;
  switch (rule.type) {
    case "levels":
      return { kind: "level", index: weak ? 1 : 0 };
    case "sub_items":
      return { kind: "items", ids: rule.items.slice(0, weak ? rule.items.length - 1 : rule.items.length).map((i: any) => i.id) };
    case "deductions":
      return { kind: "findings", count: weak ? 1 : 0 };
    case "calculator": {
      const ts = rule.thresholds;
      return { kind: "inputs", values: inputsFor(rule, weak ? ts[ts.length - 2].at_least : ts[ts.length - 1].at_least) };
    }
  }
  throw new Error(`unknown rule ${rule.type}`);
}

/** The calculator's value from the inputs, as an exact fraction [numerator, denominator]. */
function value(calc: any, v: Record<string, number>): [number, number] {
  const f = calc.formula;
  switch (f.kind) {
    case "per_thousand": return [v[f.count] * 1000, v[f.population]];
    case "percentage": return [v[f.part] * 100, v[f.whole]];
    case "growth": return [(v[f.current] - v[f.previous]) * 100, v[f.previous]];
    default: return [v[f.input], 1];
  }
}

const reaches = ([n, d]: [number, number], atLeast: number) => n >= atLeast * d - 1e-9;

/** Points in tenths for an indicator answered with `plan`. */
export function pointsFor(ind: any, plan: Plan): number {
  const rule = ind.rule;
  switch (plan.kind) {
    case "level": return tenths(rule.levels[plan.index].points);
    case "items": {
      const sum = rule.items.filter((i: any) => plan.ids.includes(i.id)).reduce((t: number, i: any) => t + tenths(i.points), 0);
      return rule.mode === "all_required" ? (plan.ids.length === rule.items.length ? tenths(ind.max_points) : 0) : sum;
    }
    case "findings": return Math.max(0, tenths(ind.max_points) - plan.count * tenths(rule.per_finding));
    case "inputs": {
      const val = value(rule, plan.values);
      let best = 0;
      for (const t of rule.thresholds) if (reaches(val, t.at_least)) best = tenths(t.points);
      return best;
    }
  }
}

export function computeExpected(weaker: Set<string>) {
  const plans = new Map(indicators.map((i) => [i.id, planFor(i, weaker)]));
  const points = new Map(indicators.map((i) => [i.id, pointsFor(i, plans.get(i.id)!)]));
  const groups = pack.groups.map((g: any) => ({
    id: g.id,
    bonusCap: g.bonus ? tenths(g.bonus.cap) : undefined,
    points: g.indicators.reduce((t: number, i: any) => t + points.get(i.id)!, 0),
  }));
  // A bonus block (加分项) adds its points after the base, up to its cap.
  const total = groups.reduce((t: number, g: any) => t + (g.bonusCap === undefined ? g.points : Math.min(g.points, g.bonusCap)), 0);
  const bonusIds = new Set(pack.groups.filter((g: any) => g.bonus).flatMap((g: any) => g.indicators.map((i: any) => i.id)));
  const keyOk = indicators.filter((i) => i.key_item).every((i) => points.get(i.id)! * 100 >= i.key_item.floor_percent * tenths(i.max_points));
  const vetoOk = pack.vetoes.every((v: any) => {
    if (v.test.type === "declaration") return true; // the test declares "no"
    const ind = indicators.find((i) => i.id === v.test.value.indicator);
    const plan = plans.get(ind.id) as any;
    return reaches(value(ind.rule, plan.values), v.test.at_least);
  });
  const pass = keyOk && vetoOk && total >= tenths(pack.pass_rule.min_total);
  const lost = indicators
    .map((i, n) => ({ id: i.id, n, recoverable: tenths(i.max_points) - points.get(i.id)! }))
    .filter((g) => g.recoverable > 0 && !bonusIds.has(g.id)) // a bonus item is never a gap
    .sort((a, b) => b.recoverable - a.recoverable || a.n - b.n)
    .map((g) => g.id);
  return { plans, points, groups, total, pass, lost };
}

/** Tenths as the app prints them: "86.5", "90". */
export const show = (t: number) => (t % 10 === 0 ? String(t / 10) : (t / 10).toFixed(1));
