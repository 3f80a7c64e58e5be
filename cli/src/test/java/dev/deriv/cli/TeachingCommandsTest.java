package dev.deriv.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.Engine;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeachingCommandsTest {
    private static final Engine ENGINE = Engine.standard();

    @TempDir
    Path dir;

    @Test
    void check() {
        TeachingCommands.Result ok = TeachingCommands.check(ENGINE, "x^x", "x^x*(ln(x)+1)", null, null);
        assertEquals(new TeachingCommands.Result("correct", 0), ok);
        TeachingCommands.Result wrong = TeachingCommands.check(ENGINE, "2^x", "2^x*ln(x)", null, null);
        assertEquals(1, wrong.exitCode());
        assertEquals("incorrect\nat x = 1: the derivative is 1.38629, the answer is 0", wrong.text());
        String json = TeachingCommands.check(ENGINE, "2^x", "2^x*ln(x)", null, "json").text();
        assertEquals("{\"command\":\"check\",\"input\":\"2^x\",\"answer\":\"2^x*ln(x)\",\"derivative\":\"2^x*ln(2)\","
                + "\"result\":\"incorrect\",\"method\":\"numeric\",\"verdict\":\"incorrect\",\"point\":{\"x\":1},\"derivative_value\":1.38629,"
                + "\"answer_value\":0,\"notes\":[]}", json);
    }

    @Test
    void checkSaysWhereACorrectAnswerIsUndefinedAsWritten() {
        TeachingCommands.Result r = TeachingCommands.check(ENGINE, "x", "sqrt(1-x^2)/sqrt(1-x^2)", null, null);
        assertEquals(0, r.exitCode());
        assertEquals("correct where the answer is defined: for -1 < x < 1", r.text().lines().findFirst().orElseThrow());
        String json = TeachingCommands.check(ENGINE, "x", "sqrt(1-x^2)/sqrt(1-x^2)", null, "json").text();
        assertTrue(json.contains("\"result\":\"correct\",\"method\":\"symbolic\",\"verdict\":\"correct-where-defined\","
                + "\"undefined_at\":[{\"x\":1}],\"defined_for\":[\"-1 < x < 1\"],"), json);
        String latex = TeachingCommands.check(ENGINE, "x", "x/x", null, "latex").text();
        assertEquals("\\text{correct where the answer is defined}", latex);
    }

    @Test
    void steps() {
        String s = TeachingCommands.steps(ENGINE, "sin(x^2)", null, null);
        assertTrue(s.startsWith("chain rule with inner function u = x^2"), s);
        assertTrue(s.endsWith("simplified: 2*x*cos(x^2)"), s);
        assertTrue(TeachingCommands.steps(ENGINE, "sin(x^2)", null, "latex").startsWith("\\begin{aligned}"));
    }

    @Test
    void plot() throws Exception {
        Path png = dir.resolve("t.png");
        CliRunner.Result r = CliRunner.run("plot", "3*x^2-4*x", "--tangent-at", "x=1", "--range", "-1:3", "--also",
                "2*x-3", "--size", "400x300", "-o", png.toString());
        assertEquals(new CliRunner.Result("wrote " + png + "\n", "", 0), r);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(400, img.getWidth());
        assertEquals(300, img.getHeight());
        CliRunner.Result noOutput = CliRunner.run("plot", "x^2");
        assertEquals(2, noOutput.exit());
        assertTrue(noOutput.err().startsWith("error: missing required option"), noOutput.err());
    }

    @Test
    void limit() {
        CliRunner.Result r = CliRunner.run("limit", "3*x^2-4*x", "--at", "x=1");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("\nh=0.10000, numerical limit=2.30000\n"), r.out());
        CliRunner.Result abs = CliRunner.run("limit", "abs(x)", "--at", "x=0", "--steps", "3");
        assertEquals(3, abs.exit());
        assertEquals("", abs.out());
        assertEquals("error: the derivative of abs(x) does not exist at x = 0: the left and right derivatives "
                + "differ (-1 and 1)\n", abs.err());
    }
}
