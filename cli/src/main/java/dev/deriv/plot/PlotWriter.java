package dev.deriv.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws a {@link Plot.Figure} with XChart: white background, light grid, the
 * coordinate axes through the origin, the function in blue, the tangent in red
 * and dashed-free, other curves in green, orange and purple, the point of tangency
 * marked. The only class that touches XChart, so that it is loaded only by
 * {@code deriv plot}.
 */
final class PlotWriter {
    private PlotWriter() {}

    private static final Color FUNCTION = new Color(0x1f, 0x4e, 0xb4);
    private static final Color TANGENT = new Color(0xd6, 0x27, 0x28);
    private static final Color[] OTHERS = {
        new Color(0x2c, 0xa0, 0x2c), new Color(0xff, 0x7f, 0x0e), new Color(0x94, 0x67, 0xbd), new Color(0x8c, 0x56, 0x4b)
    };
    private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
    private static final Color AXIS = new Color(0x33, 0x33, 0x33);

    static void write(Plot.Figure fig, Path file, boolean svg) throws IOException {
        XYChart chart = chart(fig);
        if (svg) {
            try (OutputStream out = Files.newOutputStream(file)) {
                VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            }
        } else {
            try (OutputStream out = Files.newOutputStream(file)) {
                BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
            }
        }
    }

    static XYChart chart(Plot.Figure fig) {
        XYChart chart = new XYChartBuilder().width(fig.width()).height(fig.height()).title(fig.title())
                .xAxisTitle(fig.xLabel()).yAxisTitle(fig.yLabel()).build();
        XYStyler s = chart.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(true);
        s.setPlotBorderColor(new Color(0x99, 0x99, 0x99));
        s.setPlotGridLinesVisible(true);
        s.setPlotGridLinesColor(GRID);
        s.setPlotGridLinesStroke(new BasicStroke(1f));
        s.setChartTitleBoxVisible(false);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(12, fig.width() / 50)));
        s.setLegendPosition(Styler.LegendPosition.InsideNW);
        s.setLegendBackgroundColor(new Color(255, 255, 255, 230));
        s.setLegendBorderColor(new Color(0xbb, 0xbb, 0xbb));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(10, fig.width() / 66)));
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.ITALIC, Math.max(11, fig.width() / 60)));
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(10, fig.width() / 70)));
        s.setXAxisMin(fig.xMin());
        s.setXAxisMax(fig.xMax());
        s.setYAxisMin(fig.yMin());
        s.setYAxisMax(fig.yMax());
        s.setMarkerSize(9);
        s.setAntiAlias(true);

        // the coordinate axes, where they fall inside the chart
        // (drawn past the ends: XChart rounds the axes out to whole ticks, and clips what lies beyond)
        double dx = fig.xMax() - fig.xMin();
        double dy = fig.yMax() - fig.yMin();
        if (fig.yMin() < 0 && fig.yMax() > 0) {
            line(chart, "y = 0", new double[] {fig.xMin() - dx, fig.xMax() + dx}, new double[] {0, 0});
        }
        if (fig.xMin() < 0 && fig.xMax() > 0) {
            line(chart, "x = 0", new double[] {0, 0}, new double[] {fig.yMin() - dy, fig.yMax() + dy});
        }
        int other = 0;
        for (Plot.Curve c : fig.curves()) {
            XYSeries series = chart.addSeries(c.label(), c.x(), c.y());
            series.setMarker(SeriesMarkers.NONE);
            switch (c.kind()) {
                case FUNCTION:
                    series.setLineColor(FUNCTION);
                    series.setLineWidth(2.5f);
                    break;
                case TANGENT:
                    series.setLineColor(TANGENT);
                    series.setLineWidth(2f);
                    break;
                case POINT:
                    series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                    series.setMarker(SeriesMarkers.CIRCLE);
                    series.setMarkerColor(Color.BLACK);
                    break;
                default:
                    series.setLineColor(OTHERS[other++ % OTHERS.length]);
                    series.setLineWidth(2f);
            }
        }
        return chart;
    }

    private static void line(XYChart chart, String name, double[] x, double[] y) {
        XYSeries axis = chart.addSeries(name, x, y);
        axis.setMarker(SeriesMarkers.NONE);
        axis.setLineColor(AXIS);
        axis.setLineWidth(1.2f);
        axis.setShowInLegend(false);
    }
}
