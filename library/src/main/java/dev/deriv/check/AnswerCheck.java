package dev.deriv.check;

import dev.deriv.Expr;
import dev.deriv.MathException;
import dev.deriv.expr.Const;
import dev.deriv.expr.Limits;
import dev.deriv.expr.Node;
import dev.deriv.expr.NodeVisitor;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Num;
import dev.deriv.expr.Rational;
import dev.deriv.expr.Var;
import dev.deriv.internal.Internals;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.math3.dfp.Dfp;

/**
 * Decides whether a proposed answer is the derivative of a problem.
 *
 * <ol>
 *   <li>Symbolically: the difference {@code derivative - answer} is simplified
 *       ({@link Expr#simplify()}). Zero means correct; a nonzero number means
 *       incorrect everywhere, however small: numbers are exact, so an answer off
 *       by 1e-12 is wrong.</li>
 *   <li>Numerically otherwise: both are evaluated at {@value #SAMPLES} sample
 *       points inside the common domain (where the problem and its derivative are
 *       defined), in decimal arithmetic at 30 and 60 digits (120 when that does
 *       not settle it). A difference that stays put as the precision grows is
 *       real; one that shrinks with it is rounding noise, so
 *       {@code exp(x) + exp(100)*(sin(x)^2 + cos(x)^2 - 1)} is a correct answer for
 *       the derivative of {@code exp(x)}, though doubles get it wrong by 1e27.</li>
 * </ol>
 * An incorrect answer comes with a point where the two differ (a simple one
 * when there is one, like {@code x = -1}) and both values there; when they agree
 * on part of the domain, the verdict says where ({@code only for x > 0}).
 * Deterministic: the sample points depend only on the inputs.
 */
public final class AnswerCheck {
    /** Sample points compared numerically. */
    public static final int SAMPLES = 96;

    /** Fewer points than this settled among the random ones, and the domain is searched for more. */
    private static final int MIN_RESOLVED = 24;
    /** The precisions a point is evaluated at, in turn, until the verdict there is certain. */
    private static final int[] LEVELS = {30, 60, Limits.CHECK_MAX_DIGITS};
    /** Values of the point tried first when looking for a point to show, simplest first. */
    private static final String[] SIMPLE = {"1", "2", "-1", "0.5", "-2", "3", "-0.5", "1.5", "-3", "0.25", "4",
        "-4", "0.1", "5", "-5", "10", "-10", "0"};
    private static final int BISECTIONS = 34;
    private static final int MAX_INTERVALS = 3;

    enum Status { AGREE, DIFFER, ANSWER_UNDEFINED, SKIP, UNRESOLVED }

    /** What was found at one point; the values are at the highest precision used. */
    record Outcome(Map<Var, BigDecimal> point, Status status, Dfp derivative, Dfp answer) {
        boolean resolved() { return status == Status.AGREE || status == Status.DIFFER || status == Status.ANSWER_UNDEFINED; }
    }

    private final Expr derivative;
    private final Expr answer;
    /** Nodes undefined exactly where the problem, as written, is ({@link dev.deriv.expr.WrittenDomain}). */
    private final List<Node> problemGuards;
    /** Nodes undefined exactly where the answer, as written, is: x/x is 1 in canonical form, but not at 0. */
    private final List<Node> answerGuards;
    private final Node f;
    private final Node d;
    private final Node a;
    private final Var x;
    private final List<Var> vars;
    /** Variables of the answer that are neither the problem's nor the one of differentiation. */
    private final Set<String> extra;

    private AnswerCheck(Expr problem, Expr answer, Var x, Expr derivative) {
        this.derivative = derivative;
        this.answer = answer;
        this.problemGuards = guards(problem);
        this.answerGuards = guards(answer);
        this.f = Internals.node(problem);
        this.d = Internals.node(derivative);
        this.a = Internals.node(answer);
        this.x = x;
        Set<String> names = new TreeSet<>(dev.deriv.expr.VariableOrder.NATURAL);
        names.addAll(problem.variables());
        names.addAll(answer.variables());
        // a variable only the written form has (y in 2*x*y/y) decides where it is defined
        for (Node g : problemGuards) for (Var v : Nodes.variables(g)) names.add(v.name());
        for (Node g : answerGuards) for (Var v : Nodes.variables(g)) names.add(v.name());
        names.add(x.name());
        this.extra = new TreeSet<>(dev.deriv.expr.VariableOrder.NATURAL);
        extra.addAll(answer.variables());
        for (Node g : answerGuards) for (Var v : Nodes.variables(g)) extra.add(v.name());
        extra.removeAll(names(problem));
        extra.remove(x.name());
        List<Var> vs = new ArrayList<>();
        vs.add(x);
        for (String n : names) if (!n.equals(x.name())) vs.add(Nodes.var(n));
        this.vars = vs;
    }

    /**
     * Is {@code answer} the derivative of {@code problem} with respect to {@code wrt}?
     * {@code wrt} may be null when the problem has one variable (or none).
     *
     * @throws InputException when {@code wrt} is needed and missing
     * @throws MathException  when the problem or its derivative is defined at none of the sample points
     */
    public static Verdict check(Expr problem, Expr answer, String wrt) {
        String w = variable(problem, answer, wrt);
        Expr derivative = problem.diff(w);
        return new AnswerCheck(problem, answer, Nodes.var(w), derivative).run();
    }

    /** Parses both and checks; {@link dev.deriv.ParseException} for bad text. */
    public static Verdict check(String problem, String answer, String wrt) {
        return check(Expr.parse(problem), Expr.parse(answer), wrt);
    }

    /** The problem's variables, those only its written form has included. */
    private static Set<String> names(Expr e) {
        Set<String> out = new TreeSet<>(e.variables());
        for (Node g : guards(e)) for (Var v : Nodes.variables(g)) out.add(v.name());
        return out;
    }

    private static List<Node> guards(Expr e) {
        List<Node> out = new ArrayList<>();
        for (dev.deriv.expr.WrittenDomain.Condition c : Internals.writtenDomain(e).conditions()) out.add(c.guard());
        return List.copyOf(out);
    }

    static String variable(Expr problem, Expr answer, String wrt) {
        if (wrt != null) return wrt;
        Set<String> vs = problem.variables();
        if (vs.size() == 1) return vs.iterator().next();
        if (vs.size() > 1) {
            throw new InputException("the expression has " + vs.size() + " variables (" + String.join(", ", vs)
                    + "): say which one with --wrt, e.g. --wrt " + vs.iterator().next());
        }
        Set<String> as = answer.variables();
        return as.size() == 1 ? as.iterator().next() : "x";
    }

    private Verdict run() {
        Node difference = Internals.simplified(Nodes.sub(d, a));
        // equal in canonical form; as written, the answer may still be undefined where the derivative is not
        if (difference.isZero() && answerGuards.isEmpty()) return Verdict.correct("symbolic", derivative, 0);
        if (!difference.isZero() && difference instanceof Num c) return constantDifference(c.value().negate());
        if (!difference.isZero() && isExpandedPolynomial(difference)) return polynomialDifference(difference);

        List<Outcome> outcomes = new ArrayList<>();
        List<Map<Var, BigDecimal>> points = samplePoints();
        for (Map<Var, BigDecimal> p : points) outcomes.add(classify(p));
        long resolved = outcomes.stream().filter(Outcome::resolved).count();
        if (resolved < MIN_RESOLVED) {
            // a domain random points rarely hit (a > b > 0 over several variables): search it
            DomainSearch search = new DomainSearch(List.of(f, d), vars, seed());
            for (Map<Var, BigDecimal> p : search.points(SAMPLES - (int) resolved)) {
                if (!points.contains(p)) outcomes.add(classify(p));
            }
        }
        int agree = 0;
        int differ = 0;
        int undefined = 0;
        for (Outcome o : outcomes) {
            if (o.status == Status.AGREE) agree++;
            if (o.status == Status.DIFFER) differ++;
            if (o.status == Status.ANSWER_UNDEFINED) undefined++;
        }
        int agreeSampled = agree; // agreement at points of a stretch, not only at isolated simple ones
        if (differ == 0 && !answerGuards.isEmpty()) {
            // where the answer as written is undefined, random points rarely land: a removable 0/0 at x = 1
            for (Map<Var, BigDecimal> p : simplePoints()) {
                if (points.contains(p)) continue;
                Outcome o = classify(p);
                outcomes.add(o);
                if (o.status == Status.AGREE) agree++;
                if (o.status == Status.DIFFER) differ++;
                if (o.status == Status.ANSWER_UNDEFINED) undefined++;
            }
        }
        if (agreeSampled == 0 && differ == 0 && undefined > 0 && !answerGuards.isEmpty()) {
            // the answer's own domain may be where random points do not go: search it with the problem's
            List<Node> all = new ArrayList<>(List.of(f, d, a));
            all.addAll(answerGuards);
            for (Map<Var, BigDecimal> p : new DomainSearch(all, vars, seed() + 1).points(SAMPLES / 4)) {
                Outcome o = classify(p);
                outcomes.add(o);
                if (o.status == Status.AGREE) agree++;
                if (o.status == Status.AGREE) agreeSampled++;
                if (o.status == Status.DIFFER) differ++;
                if (o.status == Status.ANSWER_UNDEFINED) undefined++;
            }
        }
        if (agree + differ + undefined == 0) {
            throw new MathException("cannot check the answer: the derivative " + derivative
                    + " is not defined at any of the " + outcomes.size() + " points tried (random ones, and those a search"
                    + " of its domain found; a value still uncertain at " + Limits.CHECK_MAX_DIGITS + " digits counts as none)");
        }
        if (differ == 0 && undefined == 0) {
            return Verdict.correct(difference.isZero() ? "symbolic" : "numeric", derivative, difference.isZero() ? 0 : agree);
        }
        if (differ == 0 && agreeSampled > 0) return whereDefined(outcomes, difference.isZero() ? 0 : agree + undefined);

        Outcome witness = witness(outcomes, differ > 0 ? Status.DIFFER : Status.ANSWER_UNDEFINED);
        List<String> notes = new ArrayList<>();
        double relative = relativeDifference(witness);
        if (agree > 0 && relative < 1e-10) {
            // agreement elsewhere is then only agreement to the precision of the comparison
            notes.add("the difference is tiny (" + Decimals.round(new BigDecimal(relative), 2) + " of the value here); "
                    + "where they seem to agree it is below what the comparison resolves (about 1e-22)");
        } else if (differ == 0 && agree > 0) {
            // sqrt(-x^2) is real at x = 0 only: no stretch where it could be a derivative
            notes.add("the answer is defined only at isolated points where the derivative is (" + agree
                    + " of the points tried), and undefined at the " + undefined + " others");
        } else if (agree > 0) {
            notes.add(agreement(outcomes));
        } else if (differ == 0) {
            notes.add("the answer is undefined at every point tried where the derivative is defined ("
                    + undefined + " points)");
        }
        return incorrect(witness, notes, agree + differ + undefined);
    }

    private static double relativeDifference(Outcome o) {
        if (o.derivative == null || o.answer == null) return Double.POSITIVE_INFINITY;
        double scale = Math.max(Math.abs(Precise.toDouble(o.derivative)), Math.abs(Precise.toDouble(o.answer)));
        return Math.abs(Precise.toDouble(o.derivative.subtract(o.answer))) / scale;
    }

    // ---- the symbolic verdict -----------------------------------------------------------

    /** answer - derivative is the nonzero number {@code c}: wrong everywhere. */
    private Verdict constantDifference(Rational c) {
        List<String> notes = new ArrayList<>();
        String exact = c.toString();
        String approx = Decimals.round(new BigDecimal(c.numerator()).divide(new BigDecimal(c.denominator()),
                new MathContext(8, RoundingMode.HALF_EVEN)), 6);
        notes.add("the answer minus the derivative is the constant " + exact
                + (exact.equals(approx) ? "" : " (" + approx + ")") + " everywhere");
        for (Map<Var, BigDecimal> p : simplePoints()) {
            Precise e = Precise.at(LEVELS[1], p);
            Dfp dv = e.value(d);
            Dfp av = e.value(a);
            if (e.value(f) != null && dv != null && av != null && bothDefinedAsWritten(e, p)) {
                return incorrect(new Outcome(p, Status.DIFFER, dv, av), notes, 0, e.rational(c));
            }
        }
        return new Verdict(false, "symbolic", derivative, Map.of(), null, null, null, null, notes, 0);
    }

    /**
     * A sum of monomials with like terms collected, such as {@code 1e-200*x}: not 0
     * as a polynomial, however small its coefficients, so the answer is wrong.
     */
    static boolean isExpandedPolynomial(Node n) {
        if (n instanceof dev.deriv.expr.Add s) {
            for (Node t : s.terms()) if (!isMonomial(t)) return false;
            return true;
        }
        return isMonomial(n);
    }

    private static boolean isMonomial(Node n) { return n.accept(MONOMIAL); }

    /** Whether a node is c*x^k*y^j... with rational c and positive integer powers of variables. */
    private static final NodeVisitor<Boolean> MONOMIAL = new NodeVisitor<>() {
        @Override public Boolean num(Num n) { return true; }
        @Override public Boolean var(Var v) { return true; }
        @Override public Boolean constant(Const c) { return false; }
        @Override public Boolean add(dev.deriv.expr.Add a) { return false; }
        @Override public Boolean call(dev.deriv.expr.Call c) { return false; }

        @Override public Boolean pow(dev.deriv.expr.Pow p) {
            return p.base() instanceof Var && p.exponent() instanceof Num k && k.value().isInteger()
                    && k.value().signum() > 0;
        }

        @Override public Boolean mul(dev.deriv.expr.Mul m) {
            for (Node f : m.factors()) if (!isMonomial(f)) return false;
            return true;
        }
    };

    private Verdict polynomialDifference(Node difference) {
        List<String> notes = new ArrayList<>();
        notes.add("the answer minus the derivative is " + Internals.expr(Nodes.neg(difference)) + ", not 0");
        for (Map<Var, BigDecimal> p : simplePoints()) {
            Precise e = Precise.at(LEVELS[1], p);
            Dfp gap = e.value(difference);
            Dfp dv = e.value(d);
            Dfp av = e.value(a);
            if (gap != null && !gap.isZero() && e.value(f) != null && dv != null && av != null
                    && bothDefinedAsWritten(e, p)) {
                return incorrect(new Outcome(p, Status.DIFFER, dv, av), notes, 0, gap.negate());
            }
        }
        return new Verdict(false, "symbolic", derivative, Map.of(), null, null, null, null, notes, 0);
    }

    private Verdict incorrect(Outcome w, List<String> notes, int compared) {
        return incorrect(w, notes, compared, null);
    }

    /** {@code gap}: answer - derivative where known exactly, to show when the values print alike. */
    private Verdict incorrect(Outcome w, List<String> notes, int compared, Dfp gap) {
        if (!extra.isEmpty()) {
            notes = new ArrayList<>(notes);
            notes.add("the answer has variables the problem does not: " + String.join(", ", extra));
        }
        Map<String, String> point = new LinkedHashMap<>();
        w.point.forEach((v, val) -> point.put(v.name(), Decimals.plain(val)));
        String dv;
        String av;
        BigDecimal answerNumber = null; // the value shown, as a number (JSON)
        if (w.answer == null) {
            dv = Decimals.round(Precise.decimal(w.derivative), 12);
            av = "undefined";
        } else {
            String[] both = Decimals.apart(Precise.decimal(w.derivative), Precise.decimal(w.answer));
            dv = both[0];
            av = both[1];
            answerNumber = new BigDecimal(av);
            if (dv.equals(av) && gap != null && !gap.isZero()) {
                String shown = Decimals.round(Precise.decimal(gap.abs()), 6);
                av = dv + (gap.negativeOrNull() ? " - " : " + ") + shown;
                answerNumber = gap.negativeOrNull() ? answerNumber.subtract(new BigDecimal(shown))
                        : answerNumber.add(new BigDecimal(shown));
            }
        }
        return new Verdict(false, compared == 0 ? "symbolic" : "numeric", derivative, point, dv, av,
                new BigDecimal(dv), answerNumber, notes, compared);
    }

    // ---- comparing at one point ---------------------------------------------------------

    /**
     * Compares derivative and answer at one point, raising the precision until the verdict there
     * is certain: each value comes with a bound of its rounding error ({@link Precise#error}),
     * and every decision a value rests on (a zero denominator, the sign under a root, a domain's
     * end) must be certain ({@link Precise#certain}). Undefined at 30 digits is not yet undefined:
     * 1 + tanh(-40) is 0 at 30 digits and 3.6e-35 at 60. A point that no precision up to the last
     * level settles is UNRESOLVED, and left out.
     */
    Outcome classify(Map<Var, BigDecimal> p) {
        boolean differed = false;
        Dfp dv = null;
        Dfp av = null;
        // the written domains, decided in exact arithmetic where it can (x - 1 at x = 1 is exactly 0)
        Map<Var, Node> exact = exact(p);
        List<Node> problemOpen = openGuards(problemGuards, exact);
        if (problemOpen == null) return new Outcome(p, Status.SKIP, null, null);
        List<Node> answerOpen = openGuards(answerGuards, exact);
        for (int digits : LEVELS) {
            Precise e = Precise.at(digits, p);
            try {
                if (!e.certain(f)) continue;
                if (e.value(f) == null) return new Outcome(p, Status.SKIP, null, null);
                Boolean problemDefined = definedAsWritten(e, problemOpen);
                if (problemDefined == null) continue;
                if (!problemDefined) return new Outcome(p, Status.SKIP, null, null);
                dv = e.value(d);
                if (!e.certain(d)) continue;
                if (dv == null) return new Outcome(p, Status.SKIP, null, null);
                Boolean answerDefined = answerOpen == null ? Boolean.FALSE : definedAsWritten(e, answerOpen);
                if (answerDefined == null) continue;
                av = answerDefined ? e.value(a) : null;
                if (answerDefined && !e.certain(a)) continue;
            } catch (Precise.MissingValue m) {
                throw new IllegalStateException(m);
            }
            if (e.underflowed()) return new Outcome(p, Status.UNRESOLVED, dv, av); // no honest bounds here
            double dError = e.error(d);
            if (av == null) {
                // certainly undefined; the derivative's value is shown, so it must be right too
                if (dError == 0 || dError <= Math.abs(Precise.toDouble(dv)) * 1e-12) {
                    return new Outcome(p, Status.ANSWER_UNDEFINED, dv, null);
                }
                continue;
            }
            double noise = dError + e.error(a);
            double delta = Math.abs(Precise.toDouble(dv.subtract(av)));
            double scale = Math.max(Math.abs(Precise.toDouble(dv)), Math.abs(Precise.toDouble(av)));
            // beyond the doubles the error bounds are computed in: left out, for points in range to decide
            if (!Double.isFinite(scale)) {
                return new Outcome(p, Status.UNRESOLVED, dv, av);
            }
            if (!Double.isFinite(noise) || !Double.isFinite(delta)) continue;
            if (delta <= 100 * noise || delta <= scale * Math.pow(10, -(digits - 8))) {
                // equal as far as this precision can tell; settled when the error bound is small beside the values
                if (noise <= scale * 1e-15 || delta == 0 && noise == 0) {
                    return new Outcome(p, Status.AGREE, dv, av);
                }
                differed = false;
                continue;
            }
            // a difference well above the error bound: real, once a second precision confirms it
            boolean last = digits == LEVELS[LEVELS.length - 1];
            if (differed || last && delta > 1e6 * noise) return new Outcome(p, Status.DIFFER, dv, av);
            differed = true;
        }
        return new Outcome(p, Status.UNRESOLVED, dv, av);
    }

    /** Whether the problem and the answer, as written, are certainly defined at the point. */
    private boolean bothDefinedAsWritten(Precise e, Map<Var, BigDecimal> p) {
        Map<Var, Node> exact = exact(p);
        List<Node> problemOpen = openGuards(problemGuards, exact);
        List<Node> answerOpen = openGuards(answerGuards, exact);
        return problemOpen != null && answerOpen != null
                && Boolean.TRUE.equals(definedAsWritten(e, problemOpen)) && Boolean.TRUE.equals(definedAsWritten(e, answerOpen));
    }

    private static Map<Var, Node> exact(Map<Var, BigDecimal> p) {
        Map<Var, Node> out = new LinkedHashMap<>();
        p.forEach((v, val) -> out.put(v, Nodes.num(Rational.parseDecimal(val.toPlainString()))));
        return out;
    }

    /**
     * The guards of a written domain that exact arithmetic leaves open at the point (a root of a
     * non-square), or null when one of them is certainly undefined there (a divisor exactly 0).
     */
    private static List<Node> openGuards(List<Node> guards, Map<Var, Node> exact) {
        List<Node> open = new ArrayList<>();
        for (Node g : guards) {
            Node value;
            try {
                value = dev.deriv.expr.DeepStack.callFor(g.depth(), () -> Nodes.substitute(g, exact));
            } catch (MathException undefined) {
                return null;
            } catch (dev.deriv.LimitException tooLarge) {
                value = null; // an exact value too large to form (x^100000 at 1234.5): left to high precision
            }
            if (!(value instanceof Num)) open.add(g);
        }
        return open;
    }

    /**
     * Whether each guard of a written domain has a value at this precision: true, false, or null when
     * a decision it rests on is not certain yet (a divisor within its error bound of 0).
     */
    private static Boolean definedAsWritten(Precise e, List<Node> guards) {
        for (Node g : guards) {
            Dfp v = e.value(g);
            if (!e.certain(g)) return null;
            if (v == null) return false;
        }
        return true;
    }

    // ---- correct where the answer is defined --------------------------------------------

    /**
     * The verdict for an answer that agrees with the derivative at every point where both are
     * defined, but is undefined at some where the derivative is: the intervals where it is
     * defined (one variable, when it is undefined on a stretch among the random points), else
     * the points where it is not, simplest first.
     */
    private Verdict whereDefined(List<Outcome> outcomes, int compared) {
        List<Map<Var, BigDecimal>> simple = simplePoints();
        List<Outcome> undefinedSimple = new ArrayList<>();
        boolean stretch = false;
        for (Outcome o : outcomes) {
            if (o.status != Status.ANSWER_UNDEFINED) continue;
            if (simple.contains(o.point)) undefinedSimple.add(o);
            else stretch = true;
        }
        undefinedSimple.sort(Comparator.comparingInt(o -> simple.indexOf(o.point)));
        List<String> intervals = vars.size() == 1 && stretch ? agreeIntervals(outcomes) : List.of();
        List<Map<String, String>> at = new ArrayList<>();
        if (stretch || undefinedSimple.isEmpty()) {
            at.add(named(witness(outcomes, Status.ANSWER_UNDEFINED).point));
        } else {
            for (Outcome o : undefinedSimple.subList(0, Math.min(3, undefinedSimple.size()))) at.add(named(o.point));
        }
        List<String> notes = new ArrayList<>();
        if (!extra.isEmpty()) notes.add("the answer has variables the problem does not: " + String.join(", ", extra));
        return new Verdict(true, compared == 0 ? "symbolic" : "numeric", derivative, Map.of(), null, null, null, null,
                notes, compared, new WhereDefined(at, intervals, reason(at.get(0))));
    }

    /** The point by variable name, in natural order (x before y), as messages of values at points have it. */
    private static Map<String, String> named(Map<Var, BigDecimal> p) {
        Map<String, String> out = new java.util.TreeMap<>(dev.deriv.expr.VariableOrder.NATURAL);
        p.forEach((v, val) -> out.put(v.name(), Decimals.plain(val)));
        return new LinkedHashMap<>(out);
    }

    /** Why the answer as written is undefined at the point, as eval would say; null when it cannot tell. */
    private String reason(Map<String, String> point) {
        Map<Var, Node> at = new LinkedHashMap<>();
        point.forEach((k, v) -> at.put(Nodes.var(k), Nodes.num(Rational.parseDecimal(v))));
        try {
            PointValues.requireWrittenDomain(answer, at, "");
        } catch (MathException undefined) {
            return undefined.getMessage();
        }
        return null;
    }

    // ---- where to look ------------------------------------------------------------------

    private long seed() {
        return 0x5eedL ^ ((long) f.hashCode() << 17) ^ a.hashCode();
    }

    /** Deterministic sample points: each coordinate near 0, moderate, wide, or of a random magnitude. */
    List<Map<Var, BigDecimal>> samplePoints() {
        Random rnd = new Random(seed());
        List<Map<Var, BigDecimal>> out = new ArrayList<>(SAMPLES);
        for (int i = 0; i < SAMPLES; i++) {
            Map<Var, BigDecimal> p = new LinkedHashMap<>();
            for (int j = 0; j < vars.size(); j++) {
                int kind = (i + j) % 4;
                double v;
                if (kind == 0) v = rnd.nextDouble() * 2 - 1;
                else if (kind == 1) v = rnd.nextDouble() * 8 - 4;
                else if (kind == 2) v = rnd.nextDouble() * 24 - 12;
                else v = (rnd.nextBoolean() ? 1 : -1) * Math.pow(10, rnd.nextDouble() * 5 - 3);
                p.put(vars.get(j), decimal(v, 4));
            }
            out.add(p);
        }
        return out;
    }

    private static BigDecimal decimal(double v, int digits) {
        BigDecimal b = new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        return b.signum() == 0 ? new BigDecimal("0.001") : b.stripTrailingZeros();
    }

    /** The simple points, x = 1, 2, -1, ..., every variable alike. */
    private List<Map<Var, BigDecimal>> simplePoints() {
        List<Map<Var, BigDecimal>> out = new ArrayList<>();
        for (int k = 0; k < SIMPLE.length; k++) {
            // one variable: 1, 2, -1, ...; several: different simple values, x = 1, y = -1, z = 1.5, ...
            Map<Var, BigDecimal> p = new LinkedHashMap<>();
            for (int j = 0; j < vars.size(); j++) p.put(vars.get(j), new BigDecimal(SIMPLE[(k + 2 * j) % SIMPLE.length]));
            out.add(p);
        }
        return out;
    }

    /** A point with the wanted status, as simple as can be found. */
    private Outcome witness(List<Outcome> outcomes, Status wanted) {
        for (Map<Var, BigDecimal> p : simplePoints()) {
            Outcome o = classify(p);
            if (o.status == wanted) return o;
        }
        Outcome best = null;
        for (Outcome o : outcomes) {
            if (o.status != wanted) continue;
            if (best == null || size(o.point) < size(best.point)) best = o;
        }
        for (int digits = 1; digits <= 3; digits++) {
            Map<Var, BigDecimal> rounded = new LinkedHashMap<>();
            for (Map.Entry<Var, BigDecimal> e : best.point.entrySet()) {
                BigDecimal r = e.getValue().round(new MathContext(digits, RoundingMode.HALF_EVEN));
                rounded.put(e.getKey(), r.stripTrailingZeros());
            }
            Outcome o = classify(rounded);
            if (o.status == wanted) return o;
        }
        return best;
    }

    private static double size(Map<Var, BigDecimal> p) {
        double s = 0;
        for (BigDecimal v : p.values()) s += Math.abs(Math.log(Math.abs(v.doubleValue()) + 1e-9));
        return s;
    }

    // ---- where they agree ---------------------------------------------------------------

    /** A line that says on which part of the domain the answer is right. */
    private String agreement(List<Outcome> outcomes) {
        if (vars.size() > 1) {
            Outcome some = null;
            for (Outcome o : outcomes) if (o.status == Status.AGREE && (some == null || size(o.point) < size(some.point))) some = o;
            StringBuilder sb = new StringBuilder();
            some.point.forEach((v, val) -> {
                if (sb.length() > 0) sb.append(", ");
                sb.append(v.name()).append(" = ").append(Decimals.plain(val));
            });
            return "the answer agrees with the derivative only on part of the domain (e.g. at " + sb + ")";
        }
        List<Outcome> line = new ArrayList<>();
        for (Outcome o : outcomes) if (o.resolved()) line.add(o);
        line.sort(Comparator.comparing(o -> o.point.get(x)));
        List<int[]> runs = runs(line);
        if (runs.size() > MAX_INTERVALS) {
            // many pieces (periodic agreement): name the one nearest to 0
            int[] nearest = runs.get(0);
            double best = Double.MAX_VALUE;
            for (int[] r : runs) {
                for (int k = r[0]; k <= r[1]; k++) {
                    double v = Math.abs(line.get(k).point.get(x).doubleValue());
                    if (v < best) {
                        best = v;
                        nearest = r;
                    }
                }
            }
            return "the answer agrees with the derivative only on parts of the domain, e.g. for "
                    + interval(line, nearest);
        }
        return "the answer agrees with the derivative only for " + String.join(" and for ", intervals(line, runs));
    }

    /** The intervals where the two agree, read off the resolved points (one variable); empty when too many. */
    private List<String> agreeIntervals(List<Outcome> outcomes) {
        List<Outcome> line = new ArrayList<>();
        for (Outcome o : outcomes) if (o.resolved() && !containsPoint(line, o)) line.add(o);
        line.sort(Comparator.comparing(o -> o.point.get(x)));
        List<int[]> runs = runs(line);
        if (runs.size() > MAX_INTERVALS) return List.of();
        for (int[] r : runs) if (r[0] == r[1]) return List.of(); // a single point is no interval to state
        return intervals(line, runs);
    }

    private boolean containsPoint(List<Outcome> line, Outcome o) {
        for (Outcome l : line) if (l.point.get(x).compareTo(o.point.get(x)) == 0) return true;
        return false;
    }

    private static List<int[]> runs(List<Outcome> line) {
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < line.size(); i++) {
            if (line.get(i).status != Status.AGREE) continue;
            int j = i;
            while (j + 1 < line.size() && line.get(j + 1).status == Status.AGREE) j++;
            runs.add(new int[] {i, j});
            i = j;
        }
        return runs;
    }

    private List<String> intervals(List<Outcome> line, List<int[]> runs) {
        List<String> intervals = new ArrayList<>();
        for (int[] r : runs) intervals.add(interval(line, r));
        return intervals;
    }

    private String interval(List<Outcome> line, int[] run) {
        int i = run[0];
        int j = run[1];
        String lo = i == 0 ? null : boundary(line.get(i - 1).point.get(x), line.get(i).point.get(x));
        String hi = j == line.size() - 1 ? null : boundary(line.get(j).point.get(x), line.get(j + 1).point.get(x));
        return interval(lo, hi);
    }

    private String interval(String lo, String hi) {
        String n = x.name();
        if (lo == null && hi == null) return "all " + n;
        if (lo == null) return n + " < " + hi;
        if (hi == null) return n + " > " + lo;
        return lo + " < " + n + " < " + hi;
    }

    /** Bisects between two sample points, one where they agree and one where they do not. */
    private String boundary(BigDecimal p, BigDecimal q) {
        boolean pAgrees = agreesAt(p);
        BigDecimal lo = p;
        BigDecimal hi = q;
        BigDecimal two = BigDecimal.valueOf(2);
        for (int k = 0; k < BISECTIONS; k++) {
            BigDecimal mid = lo.add(hi).divide(two, new MathContext(20, RoundingMode.HALF_EVEN));
            if (agreesAt(mid) == pAgrees) lo = mid;
            else hi = mid;
        }
        return Decimals.nice(lo.add(hi).doubleValue() / 2);
    }

    private boolean agreesAt(BigDecimal v) {
        Map<Var, BigDecimal> p = new LinkedHashMap<>();
        p.put(x, v);
        return classify(p).status == Status.AGREE;
    }
}
