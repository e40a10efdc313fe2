/**
 * The view model of the statistics overview (`so-lieu/`): the headline counts, then per topic and
 * per indicator the comparison of units on their latest figure, or the table alone when the
 * figures share no scale. The page lays it out.
 */
import { indicatorComparison, latestPerUnit, newestOf, type ChartItem } from '../../charts/specs.ts';
import { formatNumber } from '../../core/format.ts';
import { ROUTES, withBase } from '../../core/paths.ts';
import { MEASURES, TOPICS, type Indicator } from '../../schemas/indicator.ts';
import { indicatorsWithData, type Figure, type Site } from '../model/site-model.ts';

export interface StatisticsPageView {
  description: string;
  /** The headline numbers, written in Vietnamese. */
  counts: { figures: string; indicators: string; charts: string; units: string; reports: string; flagged: string };
  sections: {
    topic: string;
    label: string;
    items: {
      indicator: Indicator;
      href: string;
      measure: string;
      /** Units with a figure of this indicator, each its latest. */
      units: number;
      chart: ChartItem | undefined;
      /** Without a chart: the newest figures the table shows (at most COMPARISON_MAX units). */
      table: Figure[];
    }[];
  }[];
}

export function statisticsPageView(s: Site, base: string): StatisticsPageView {
  const withData = indicatorsWithData(s);
  const label = (topic: string) => TOPICS[topic] ?? topic;
  const topics = [...new Set(withData.map((i) => i.topic))].sort((a, b) => label(a).localeCompare(label(b), 'vi'));
  const sections = topics.map((topic) => ({
    topic,
    label: label(topic),
    items: withData
      .filter((i) => i.topic === topic)
      .map((indicator) => {
        const latest = latestPerUnit(s.figuresOfIndicator(indicator.id)) as Figure[];
        const chart = indicatorComparison(indicator, s.figures);
        return {
          indicator,
          href: withBase(base, ROUTES.indicator(indicator.id)),
          measure: MEASURES[indicator.measure],
          units: latest.length,
          chart,
          table: chart ? [] : (newestOf(latest) as Figure[]),
        };
      }),
  }));
  const reports = new Set(s.figures.map((f) => f.conference)).size;
  return {
    description: `Tổng quan ${formatNumber(s.figures.length)} số liệu về kiêm nhiệm, nhất thể hóa từ ${reports} báo cáo: so sánh các địa phương theo ${withData.length} chỉ tiêu, có biểu đồ, bảng và dữ liệu tải về.`,
    counts: {
      figures: formatNumber(s.figures.length),
      indicators: formatNumber(withData.length),
      charts: formatNumber(sections.reduce((n, t) => n + t.items.filter((i) => i.chart).length, 0)),
      units: formatNumber(new Set(s.figures.map((f) => f.unit)).size),
      reports: formatNumber(reports),
      flagged: formatNumber(s.figures.filter((f) => f.flagged || f.partsFlagged).length),
    },
    sections,
  };
}
