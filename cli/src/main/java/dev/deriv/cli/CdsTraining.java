package dev.deriv.cli;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The training run for the class-data-sharing archive the launcher keeps in
 * {@code target/deriv.jsa}: runs the common commands once, so that the classes
 * they load are archived ({@code java -XX:ArchiveClassesAtExit=... -cp deriv.jar
 * dev.deriv.cli.CdsTraining}). Prints nothing.
 */
public final class CdsTraining {
    private CdsTraining() {}

    private static final String[][] RUNS = {
        {"3*x^2-4*x"},
        {"sin(x)*exp(x) + ln(x)/sqrt(x) - x^x", "--wrt", "x"},
        {"3*x^2-4*x", "--at", "x=1"},
        {"x^3", "--order", "2"},
        {"x^2*y + y^3", "--wrt", "y", "--format", "json"},
        {"grad", "x^2*y + y^3"},
        {"grad", "x^2*y + y^3", "--at", "x=1,y=-2"},
        {"hessian", "x^2*y + y^3"},
        {"simplify", "2^3^2"},
        {"simplify", "x*x + 0", "--format", "latex"},
        {"simplify", "(x+1)(x-1) + tan(x)*cos(x)", "--format", "json"},
        {"eval", "2x(x+1)", "--at", "x=2"},
        {"eval", "-3^2"},
        {"eval", "sin(x)/y", "--at", "x=pi/2,y=3"},
        {"eval", "1/(x-1)", "--at", "x=1"},
        {"simplify", "3*x^2)"},
        {"sinn(x)"},
        {"x*y"},
        {"--version"},
        {"--help"},
    };

    public static void main(String[] args) {
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        Utf8Args.recover(new String[] {"θ"});
        for (String[] run : RUNS) {
            Main.run(run, new ByteArrayInputStream(new byte[0]), sink, sink);
        }
        byte[] lines = "x^2\nsin(x)\n3*x)\n".getBytes(StandardCharsets.UTF_8);
        Main.run(new String[] {"--batch"}, new ByteArrayInputStream(lines), sink, sink);
        Main.run(new String[] {"simplify", "--batch", "--format", "json"}, new ByteArrayInputStream(lines), sink, sink);
        // the compiler and the minimizer (the launcher adds the Vector API module for these; the
        // archive, made without it, still serves them)
        Main.run(new String[] {"minimize", "(1-x)^2 + 100*(y-x^2)^2", "--from", "x=-1.2,y=1"},
                new ByteArrayInputStream(new byte[0]), sink, sink);
        byte[] points = "x,y\n1,2\n0.5,-1\n".getBytes(StandardCharsets.UTF_8);
        Main.run(new String[] {"eval", "sin(x)*exp(y)", "--csv", "-"}, new ByteArrayInputStream(points), sink, sink);
        Main.run(new String[] {"grad", "ln(exp(x) + exp(y))", "--csv", "-"}, new ByteArrayInputStream(points), sink, sink);
        System.exit(0);
    }
}
