package dev.deriv.bench;

import dev.deriv.Expr;
import dev.deriv.internal.Internals;
import dev.deriv.print.PrintedSize;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times parse + differentiate + simplify over test-expressions/derivatives.tsv
 * without JMH (which needs the network to build): a developer tool for comparing
 * the pipeline before and after a change, run from the test class path. Prints the
 * median and total time per pass and the total printed size of the answers; with
 * an output file argument, writes every answer there so two runs can be diffed.
 */
public final class PipelineTiming {
    private PipelineTiming() {}

    public static void main(String[] args) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("test-expressions/derivatives.tsv"))) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) continue;
            String[] f = line.split("\t");
            if (!f[4].startsWith("error")) rows.add(new String[] {f[2], f[3]});
        }
        int passes = 15;
        long[] passMillis = new long[passes];
        long[] passCpuMillis = new long[passes]; // CPU time of this thread: less disturbed by other processes than wall time
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] perRow = new long[rows.size()];
        long size = 0;
        List<String> answers = new ArrayList<>();
        for (int p = 0; p < passes; p++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            size = 0;
            answers.clear();
            for (int i = 0; i < rows.size(); i++) {
                long t0 = System.nanoTime();
                Expr d = Expr.parse(rows.get(i)[0]).diff(rows.get(i)[1]);
                perRow[i] = System.nanoTime() - t0;
                size += PrintedSize.of(Internals.node(d));
                answers.add(d.toString());
            }
            passMillis[p] = (System.nanoTime() - start) / 1_000_000;
            passCpuMillis[p] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        }
        long[] last = passMillis.clone();
        Arrays.sort(last, passes / 3, passes); // the first third is warm-up
        long[] cpu = passCpuMillis.clone();
        Arrays.sort(cpu, passes / 3, passes);
        long[] rowsSorted = perRow.clone();
        Arrays.sort(rowsSorted);
        System.out.printf("rows %d, passes (ms) %s%n", rows.size(), Arrays.toString(passMillis));
        System.out.printf("median pass after warm-up: %d ms wall, %d ms CPU%n", last[passes / 3 + (passes - passes / 3) / 2],
                cpu[passes / 3 + (passes - passes / 3) / 2]);
        System.out.printf("median pass after warm-up %d ms; last pass: median row %.1f us, p99 row %.1f us; total printed size %d%n",
                last[passes / 3 + (passes - passes / 3) / 2], rowsSorted[rowsSorted.length / 2] / 1e3,
                rowsSorted[(int) (rowsSorted.length * 0.99)] / 1e3, size);
        if (args.length > 0) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[0])))) {
                for (int i = 0; i < rows.size(); i++) w.println(rows.get(i)[0] + "\t" + answers.get(i));
            }
        }
    }
}
