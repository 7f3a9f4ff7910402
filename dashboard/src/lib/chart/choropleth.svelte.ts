import type { Chart } from 'chart.js';
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { formatPercent, type Lang } from '$lib/format';
import { rampColour, type MapFeature, type MapUnit } from '$lib/map/choropleth';
import { loadChart } from './chartjs';

let geo: Promise<typeof Chart> | undefined;
/**
 * chartjs-chart-geo (with d3-geo, ~28 KB gzipped), bundled with the dashboard and loaded only when
 * a map is drawn, so no page's first load grows by it (scripts/bundle-size.mjs).
 */
function loadGeo(): Promise<typeof Chart> {
  geo ??= Promise.all([loadChart(), import('chartjs-chart-geo'), import('chart.js')]).then(([ChartJs, { ChoroplethController, ColorScale, GeoFeature, ProjectionScale }, { Tooltip }]) => {
    ChartJs.register(ChoroplethController, GeoFeature, ColorScale, ProjectionScale, Tooltip);
    return ChartJs;
  });
  return geo;
}

export interface ChoroplethInput {
  features: MapFeature[];
  units: MapUnit[];
  /** the dataset's label (what is coloured) */
  label: string;
  lang: Lang;
}

/** No data: light grey, distinct from the palest blue of 0 %. */
export const MISSING = '#e6e6e6';

function config(input: ChoroplethInput, navigate?: (href: string) => void) {
  const { features, units, lang } = input;
  return {
    type: 'choropleth' as const,
    data: {
      labels: units.map((u) => u.name),
      datasets: [
        {
          label: input.label,
          outline: features,
          data: features.map((f, i) => ({ feature: f, value: units[i].value ?? undefined })),
          borderColor: '#333',
          borderWidth: 1,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false as const,
      showOutline: false,
      showGraticule: false,
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (ctx: { dataIndex: number }) => {
              const u = units[ctx.dataIndex];
              return `${u.name}: ${u.value === null ? u.detail : `${formatPercent(u.value, lang)} (${u.detail})`}`;
            },
          },
        },
      },
      scales: {
        projection: { axis: 'x' as const, projection: 'mercator' as const },
        // the legend is HTML beside the canvas (the page's), never drawn over a unit
        color: { axis: 'x' as const, display: false, min: 0, max: 1, interpolate: rampColour, missing: MISSING },
      },
      onHover: (e: { native: Event | null }, elements: unknown[]) => {
        const target = e.native?.target as HTMLElement | null;
        if (target) target.style.cursor = elements.length ? 'pointer' : 'default';
      },
      // a unit drills down to its page
      onClick: (_e: unknown, elements: { index: number }[]) => {
        const u = elements[0] ? units[elements[0].index] : undefined;
        if (u && navigate) navigate(u.href);
      },
    },
  };
}

/**
 * `{@attach choropleth(() => input, navigate)}` on a <canvas>: the units' boundaries coloured by
 * their value (chartjs-chart-geo, bundled; no tiles, nothing fetched). data-rendered and
 * data-features tell tests and assistive tooling a drawn map from an empty one.
 */
export function choropleth(get: () => ChoroplethInput, navigate?: (href: string) => void): Attachment<HTMLCanvasElement> {
  return (canvas) => {
    let instance: Chart | undefined;
    let gone = false;
    const mark = (input: ChoroplethInput) => {
      canvas.dataset.features = String(input.features.length);
      canvas.dataset.values = String(input.units.filter((u) => u.value !== null).length);
    };
    void loadGeo().then((ChartJs) => {
      if (gone) return;
      const input = untrack(get);
      instance = new ChartJs(canvas, config(input, navigate) as never);
      mark(input);
      canvas.dataset.rendered = 'true';
    });
    $effect(() => {
      const input = get();
      // before the chart exists, it is drawn from the newest input when the module has loaded
      if (!instance) return;
      const next = config(input, navigate);
      instance.data = next.data as never;
      instance.options = next.options as never;
      instance.update();
      mark(input);
    });
    return () => {
      gone = true;
      instance?.destroy();
      delete canvas.dataset.rendered;
    };
  };
}
