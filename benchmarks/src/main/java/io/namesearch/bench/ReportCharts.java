package io.namesearch.bench;

import static io.namesearch.bench.JmhResults.query;
import static io.namesearch.bench.JmhResults.sizes;
import static io.namesearch.bench.Report.CATEGORIES;
import static io.namesearch.bench.Report.SYSTEMS;

import io.namesearch.bench.JmhResults.Row;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;

/** The PNG charts of a {@link Report}: p50 latency by category, and against corpus size. */
final class ReportCharts {

  private ReportCharts() {}

  /** Writes the charts into {@code out} and links them from {@code md}. */
  static void charts(List<Row> rows, Path out, StringBuilder md) throws IOException {
    for (int docs : sizes(rows)) {
      CategoryChart c =
          new CategoryChartBuilder()
              .width(1000)
              .height(500)
              .title(
                  String.format(
                      Locale.ROOT, "Query latency p50 by category and system, %,d documents", docs))
              .xAxisTitle("category")
              .yAxisTitle("p50 latency (µs, log scale)")
              .build();
      c.getStyler().setYAxisLogarithmic(true);
      c.getStyler().setYAxisMin(1.0);
      c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
      for (String s : SYSTEMS) {
        List<String> cats = new ArrayList<>();
        List<Double> vals = new ArrayList<>();
        for (String cat : CATEGORIES) {
          Row r = query(rows, s, docs, cat);
          if (r != null) {
            cats.add(cat);
            vals.add(r.p50());
          }
        }
        if (!cats.isEmpty() && cats.size() == CATEGORIES.size()) {
          c.addSeries(s, cats, vals);
        }
      }
      if (!c.getSeriesMap().isEmpty()) {
        String name = "latency-by-category-" + docs + ".png";
        BitmapEncoder.saveBitmap(c, out.resolve(name).toString(), BitmapEncoder.BitmapFormat.PNG);
        md.append("![").append(name).append("](").append(name).append(")\n\n");
      }
    }
    TreeSet<Integer> sizes = sizes(rows);
    if (sizes.size() > 1) {
      XYChart x =
          new XYChartBuilder()
              .width(900)
              .height(500)
              .title("Query latency p50 against corpus size (geometric mean over categories)")
              .xAxisTitle("documents (log scale)")
              .yAxisTitle("p50 latency (µs, log scale)")
              .build();
      x.getStyler().setXAxisLogarithmic(true);
      x.getStyler().setYAxisLogarithmic(true);
      x.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
      for (String s : SYSTEMS) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int d : sizes) {
          double logSum = 0;
          int n = 0;
          for (String cat : CATEGORIES) {
            Row r = query(rows, s, d, cat);
            if (r != null) {
              logSum += Math.log(r.p50());
              n++;
            }
          }
          if (n == CATEGORIES.size()) {
            xs.add((double) d);
            ys.add(Math.exp(logSum / n));
          }
        }
        if (xs.size() > 1) {
          x.addSeries(s, xs, ys);
        }
      }
      if (!x.getSeriesMap().isEmpty()) {
        BitmapEncoder.saveBitmap(
            x, out.resolve("latency-by-size.png").toString(), BitmapEncoder.BitmapFormat.PNG);
        md.append("![latency-by-size.png](latency-by-size.png)\n\n");
      }
    }
  }
}
