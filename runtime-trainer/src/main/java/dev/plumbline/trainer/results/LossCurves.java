// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.results;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws {@code loss_curves.png} from the metrics log with JFreeChart: training loss (blue line)
 * and validation loss (orange line with points) against the step, the step of the best
 * validation loss marked by a green vertical line and labelled with its value.
 */
public final class LossCurves {

  /** Width of the PNG in pixels. */
  public static final int WIDTH = 1000;
  /** Height of the PNG in pixels. */
  public static final int HEIGHT = 600;
  /** Colour of the training curve (matplotlib's first colour). */
  public static final Color TRAINING = new Color(0x1f77b4);
  /** Colour of the validation curve (matplotlib's second colour). */
  public static final Color VALIDATION = new Color(0xff7f0e);
  /** Colour of the best-step marker. */
  public static final Color BEST = new Color(0x2ca02c);

  private LossCurves() {
  }

  /**
   * Writes the chart.
   *
   * @param lines the metrics log
   * @param title the chart's title (the run's configuration file, for example)
   * @param png the file to write
   * @throws IOException when it cannot be written
   */
  public static void write(List<MetricsLine> lines, String title, Path png) throws IOException {
    ChartUtils.saveChartAsPNG(png.toFile(), chart(lines, title), WIDTH, HEIGHT);
  }

  static JFreeChart chart(List<MetricsLine> lines, String title) {
    XYSeries training = new XYSeries("training loss");
    XYSeries validation = new XYSeries("validation loss");
    MetricsLine best = null;
    for (MetricsLine line : lines) {
      if (!Double.isFinite(line.loss())) {
        continue;
      }
      if (line.isTraining()) {
        training.add(line.step(), line.loss());
      } else {
        validation.add(line.step(), line.loss());
        best = best == null || line.loss() < best.loss() ? line : best;
      }
    }
    XYSeriesCollection dataset = new XYSeriesCollection();
    dataset.addSeries(training);
    dataset.addSeries(validation);
    NumberAxis steps = new NumberAxis("step");
    steps.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    NumberAxis loss = new NumberAxis("loss (cross-entropy, nats per token)");
    loss.setAutoRangeIncludesZero(false);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
    renderer.setSeriesPaint(0, TRAINING);
    renderer.setSeriesShapesVisible(0, false);
    renderer.setSeriesStroke(0, new BasicStroke(2f));
    renderer.setSeriesPaint(1, VALIDATION);
    renderer.setSeriesShapesVisible(1, true);
    renderer.setSeriesStroke(1, new BasicStroke(2.5f));
    XYPlot plot = new XYPlot(dataset, steps, loss, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    if (best != null) {
      ValueMarker marker = new ValueMarker(best.step(), BEST, new BasicStroke(1.5f));
      marker.setLabel(String.format(Locale.ROOT, "best validation loss %.4f at step %d",
          best.loss(), best.step()));
      marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
      marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
      marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
      plot.addDomainMarker(marker);
    }
    JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 16), plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.addSubtitle(new TextTitle("training loss at each logged step, validation loss at each"
        + " evaluation"));
    return chart;
  }
}
