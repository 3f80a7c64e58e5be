package dev.deriv.cli;

import java.util.Set;

/**
 * The start-up fast path: reads the plain command lines that make up nearly all
 * uses ({@code deriv "3*x^2-4*x"}, {@code deriv eval "2x(x+1)" --at x=2}) without
 * loading picocli, whose classes predate Java 6 and can neither be put in the
 * class-data-sharing archive nor verified quickly: picocli alone costs more
 * start-up time than the rest of a request.
 * <p>
 * {@link Cli} remains the definition of the command line. This reader accepts a
 * strict subset of it and gives up ({@code null}) on anything else: help,
 * version, an option it does not know for the command, a missing value,
 * options before the command's name, more than one expression. picocli then
 * parses the same arguments and produces the help or the error message. A test
 * checks that wherever this reader answers, it answers as picocli does.
 */
final class FastArgs {
    private FastArgs() {}

    private static final Set<String> COMMANDS = Set.of("grad", "hessian", "simplify", "eval", "check", "minimize");
    /** Commands only picocli reads: they load the plotting library or print a table anyway, start-up hardly counts. */
    private static final Set<String> SLOW_COMMANDS = Set.of("plot", "limit");

    /** Options that may be given more than once: their values add up ({@code --at x=1 --at y=2}). */
    private static final Set<String> REPEATABLE = Set.of("--at", "--from");

    /** The options, or null when picocli must read these arguments. */
    static Options parse(String[] args) {
        Options o = new Options();
        int i = 0;
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            o.command = Options.Command.named(args[0]);
            i = 1;
        } else if (args.length > 0 && Commands.isNearCommand(args[0])) {
            return null; // deriv gard: picocli's path refuses the mistyped command
        }
        String format = null;
        Set<String> seen = new java.util.HashSet<>();
        boolean endOfOptions = false;
        for (; i < args.length; i++) {
            String a = args[i];
            if (!endOfOptions && SLOW_COMMANDS.contains(a)) return null;
            if (!endOfOptions && a.equals("--")) {
                endOfOptions = true;
                continue;
            }
            if (!endOfOptions && a.startsWith("--") && a.length() > 2 && Character.isLetter(a.charAt(2))
                    && !looksLikeOption(a)) {
                return null; // an unknown option: picocli's path names it
            }
            if (endOfOptions || !a.startsWith("-") || !looksLikeOption(a)) {
                if (o.expression != null || COMMANDS.contains(a) && !endOfOptions) return null;
                o.expression = a;
                continue;
            }
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            if (!applies(o.command, name)) return null;
            if (!REPEATABLE.contains(name) && !seen.add(name)) return null; // picocli says it is given twice
            if (name.equals("--batch") || name.equals("--steps") || name.equals("--show-input")) {
                if (value != null) return null;
                if (name.equals("--batch")) o.batch = true;
                else if (name.equals("--show-input")) o.showInput = true;
                else o.steps = true;
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("-") || COMMANDS.contains(args[i + 1])
                        || SLOW_COMMANDS.contains(args[i + 1])) {
                    return null;
                }
                value = args[++i];
            }
            switch (name) {
                case "--wrt": o.wrt = value; break;
                case "--order": o.order = value; break;
                case "--at": o.at.add(value); break;
                case "--vars": o.vars = value; break;
                case "--answer": o.answer = value; break;
                case "--format": format = value; break;
                case "--rules": o.rules = value; break;
                case "--input": o.input = value; break;
                case "--timeout": o.timeout = value; break;
                case "--csv": o.csv = value; break;
                case "--from": o.from.add(value); break;
                case "--max-iterations": o.maxIterations = value; break;
                case "--tolerance": o.tolerance = value; break;
                default: return null;
            }
        }
        if (format != null) o.format = Options.Format.parse(format);
        return o;
    }

    /**
     * Whether picocli could take {@code a} for an option: {@code --name} or
     * {@code --name=...} with a known name, or {@code -h}. Anything else that
     * begins with a single '-' is an expression ({@code -x^2}); {@code --} and a letter
     * is an option, known or not.
     */
    private static boolean looksLikeOption(String a) {
        int eq = a.indexOf('=');
        return isOptionName(eq > 0 ? a.substring(0, eq) : a);
    }

    private static boolean isOptionName(String s) {
        switch (s) {
            case "-h": case "--help": case "--version":
            case "--wrt": case "--order": case "--at": case "--vars": case "--answer":
            case "--batch": case "--format": case "--steps": case "--rules": case "--timeout":
            case "--csv": case "--from": case "--max-iterations": case "--tolerance":
            case "--input": case "--show-input":
                return true;
            default:
                return false;
        }
    }

    /** The options {@link Cli} declares for each command (help and version excepted: picocli prints those). */
    private static boolean applies(Options.Command c, String name) {
        switch (name) {
            case "--format": case "--rules": case "--timeout": case "--input": case "--show-input":
                return true;
            case "--steps":
                return c != Options.Command.MINIMIZE;
            case "--batch":
                return c != Options.Command.MINIMIZE;
            case "--at":
                return c != Options.Command.SIMPLIFY && c != Options.Command.CHECK && c != Options.Command.MINIMIZE;
            case "--csv":
                return c == Options.Command.EVAL || c == Options.Command.GRAD;
            case "--from": case "--max-iterations": case "--tolerance":
                return c == Options.Command.MINIMIZE;
            case "--wrt":
                return c == Options.Command.DERIVATIVE || c == Options.Command.CHECK;
            case "--order":
                return c == Options.Command.DERIVATIVE;
            case "--vars":
                return c == Options.Command.GRAD || c == Options.Command.HESSIAN;
            case "--answer":
                return c == Options.Command.CHECK;
            default:
                return false;
        }
    }
}
