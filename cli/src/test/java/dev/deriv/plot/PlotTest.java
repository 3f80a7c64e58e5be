package dev.deriv.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.Expr;
import dev.deriv.check.InputException;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotTest {
    @TempDir
    Path dir;

    @Test
    void pngOfTheAskedSize() throws Exception {
        Path png = dir.resolve("tangent.png");
        Plot.of(Expr.parse("3*x^2 - 4*x")).tangentAt("1").range("-1:3").size(640, 480).write(png);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(640, img.getWidth());
        assertEquals(480, img.getHeight());
        // not blank: the function's blue and the tangent's red are both drawn
        boolean blue = false;
        boolean red = false;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                blue |= b > 150 && r < 80;
                red |= r > 180 && g < 80 && b < 80;
            }
        }
        assertTrue(blue && red, "blue " + blue + ", red " + red);
    }

    @Test
    void svg() throws Exception {
        Path svg = dir.resolve("tangent.svg");
        Plot.of(Expr.parse("3*x^2 - 4*x")).tangentAt("1").also(Expr.parse("2*x - 3")).write(svg);
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains("<svg") && text.contains("</svg>"));
    }

    @Test
    void theFigure() {
        Plot.Figure f = Plot.of(Expr.parse("3*x^2 - 4*x")).tangentAt("1").also(Expr.parse("2*x - 3")).figure();
        assertEquals("f(x) = 3*x^2 - 4*x and its tangent at x = 1", f.title());
        assertEquals("tangent at x = 1: y = 2*x - 3", f.curves().get(1).label());
        assertEquals("y = 2*x - 3", f.curves().get(2).label());
        assertEquals("(1, -1)", f.curves().get(3).label());
        assertEquals(-2, f.xMin());
        assertEquals(4, f.xMax());
        assertTrue(f.yMin() < -1 && f.yMax() > 32);
    }

    @Test
    void polesDoNotFlattenTheCurve() {
        Plot.Figure f = Plot.of(Expr.parse("tan(x)")).range("-pi:pi").figure();
        assertTrue(f.yMax() < 100 && f.yMin() > -100, f.yMin() + " " + f.yMax());
    }

    @Test
    void badRequests() {
        assertThrows(InputException.class, () -> Plot.of(Expr.parse("x*y")));
        assertThrows(InputException.class, () -> Plot.of(Expr.parse("x")).range("3:1"));
        assertThrows(InputException.class, () -> Plot.of(Expr.parse("x")).write(dir.resolve("a.gif")));
        assertThrows(dev.deriv.MathException.class,
                () -> Plot.of(Expr.parse("abs(x)")).tangentAt("0").figure());
    }
}
