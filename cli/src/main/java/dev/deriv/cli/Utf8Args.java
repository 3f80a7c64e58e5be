package dev.deriv.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Arguments are UTF-8 whatever the locale (SPEC section 1). Under a non-UTF-8
 * locale (LANG=C, POSIX) the JVM decodes the command line with ASCII and turns
 * every byte of {@code θ} into U+FFFD; on Linux the raw bytes are still in
 * {@code /proc/self/cmdline}, so they are read again from there as UTF-8.
 */
final class Utf8Args {
    private Utf8Args() {}

    static String[] recover(String[] args) {
        if ("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")) || !suspicious(args)) return args;
        try {
            byte[] raw = Files.readAllBytes(Paths.get("/proc/self/cmdline"));
            List<String> all = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < raw.length; i++) {
                if (raw[i] == 0) {
                    all.add(new String(raw, start, i - start, StandardCharsets.UTF_8));
                    start = i + 1;
                }
            }
            if (start < raw.length) all.add(new String(raw, start, raw.length - start, StandardCharsets.UTF_8));
            if (all.size() < args.length) return args;
            String[] out = all.subList(all.size() - args.length, all.size()).toArray(new String[0]);
            for (int i = 0; i < args.length; i++) {
                // the ASCII characters must agree: otherwise these are not our arguments
                if (!asciiSkeleton(out[i]).equals(asciiSkeleton(args[i]))) return args;
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return args;
        }
    }

    private static boolean suspicious(String[] args) {
        for (String a : args) {
            for (int i = 0; i < a.length(); i++) if (a.charAt(i) >= 0x80 || a.charAt(i) == '?') return true;
        }
        return false;
    }

    private static String asciiSkeleton(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80 && c != '?') sb.append(c);
        }
        return sb.toString();
    }

}
