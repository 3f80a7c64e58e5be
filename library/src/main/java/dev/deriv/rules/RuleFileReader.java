package dev.deriv.rules;

import dev.deriv.MathException;
import dev.deriv.ParseException;
import dev.deriv.RuleFileException;
import dev.deriv.expr.Function;
import dev.deriv.expr.Functions;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import dev.deriv.parse.Parser;
import dev.deriv.parse.grammar.RulesLexer;
import dev.deriv.parse.grammar.RulesParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/**
 * Reads one rule file (grammar/Rules.g4) statement by statement: section
 * headers, function definitions and rules. Expressions inside are read by the
 * expression parser with the functions known at that line, so a rule may use
 * a function defined above it. Any mistake stops the load with {@code file:line: message}.
 */
final class RuleFileReader {
    private static final Var X = Nodes.var("x");

    private final String file;
    private final String text;
    /** The functions so far: the base ones and this file's definitions above the current line. */
    private final Functions.Builder functions;
    private Section section;
    /** The rules of the files read before, then this file's: added at the end, or replacing one in place. */
    private final List<Rule> derivatives;
    private final List<Rule> simplify;
    /** The rules this file added or replaced, with their lines. */
    private final Map<Rule, Integer> fresh = new LinkedHashMap<>();

    private RuleFileReader(String file, String text, RuleBook base) {
        this.file = file;
        // editors on Windows start UTF-8 files with a byte-order mark; it is not part of the text
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.functions = new Functions.Builder(base.functions());
        this.derivatives = new ArrayList<>(base.derivatives());
        this.simplify = new ArrayList<>(base.simplify());
    }

    static RuleBook read(String file, String text, RuleBook base) {
        RuleFileReader r = new RuleFileReader(file, text, base);
        r.readAll();
        r.refuseShadowedRules();
        return new RuleBook(r.functions.build(), r.derivatives, r.simplify);
    }

    private void readAll() {
        RulesLexer lexer = new RulesLexer(CharStreams.fromString(text));
        RulesParser parser = new RulesParser(new CommonTokenStream(lexer));
        BaseErrorListener errors = new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> r, Object offending, int line, int col, String msg,
                                    RecognitionException e) {
                String what = offending instanceof Token t
                        ? (t.getType() == Token.EOF ? "unexpected end of file"
                                : t.getType() == RulesLexer.NEWLINE ? "unexpected end of line"
                                : "unexpected '" + t.getText() + "'")
                        : "unknown character";
                throw new RuleFileException(file, line, what + " at column " + (col + 1)
                        + " (a line is 'name: pattern => replacement [if cond(v), ...]', "
                        + "'define f(u) = body' or '[section]')");
            }
        };
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        parser.removeErrorListeners();
        parser.addErrorListener(errors);
        for (RulesParser.StatementContext s : parser.file().statement()) {
            if (s.section() != null) section(s.section());
            else if (s.definition() != null) definition(s.definition());
            else rule(s.ruleLine());
        }
    }

    private void section(RulesParser.SectionContext ctx) {
        String name = ctx.NAME().getText();
        section = Section.byHeader(name);
        if (section == null) {
            throw error(ctx, "unknown section [" + name + "]: use [derivatives] or [simplify]");
        }
    }

    private void definition(RulesParser.DefinitionContext ctx) {
        String name = ctx.NAME(0).getText();
        Var parameter = Nodes.var(ctx.NAME(1).getText());
        if (name.codePointCount(0, name.length()) == 1 || name.equals("pi")) {
            // the parser reads x(u) as the product x*(u), and pi(u) as pi*(u): such a function could not be
            // called, and every later x would stop being a variable
            throw error(ctx, "'" + name + "' cannot name a function: " + name + "(...) reads as the product "
                    + name + "*(...); give the function a name of two letters or more");
        }
        if (functions.view().isKnown(name) && functions.view().lookup(name).map(f -> !f.isDefined()).orElse(true)) {
            throw error(ctx, "'" + name + "' is a built-in function and cannot be redefined");
        }
        if (functions.view().isKnown(name)) {
            // the rules already read for it would still match it by name, with the old derivative
            throw error(ctx, "'" + name + "' is already defined and cannot be redefined");
        }
        Node body = expression(ctx.body, functions.view());
        for (Var v : Nodes.variables(body)) {
            if (!v.equals(parameter)) {
                throw error(ctx, "the definition of " + name + " uses '" + v.name() + "', which is not its parameter");
            }
        }
        functions.add(Function.defined(name, parameter, body));
    }

    private void rule(RulesParser.RuleLineContext ctx) {
        if (section == null) {
            throw error(ctx, "a rule before any section header: start the file with [derivatives] or [simplify]");
        }
        String name = String.join(" ", ctx.label().NAME().stream().map(Object::toString).toList());
        boolean derivative = section == Section.DERIVATIVES;
        Node lhs = expression(ctx.lhs, functions.view());
        Node rhs = expression(ctx.rhs, derivative ? functions.viewWith(RuleBook.DERIVATIVE) : functions.view());
        Set<Var> patternVariables = new LinkedHashSet<>(Nodes.variables(lhs));
        if (derivative) patternVariables.remove(X);
        for (Var v : Nodes.variables(rhs)) {
            if (!patternVariables.contains(v) && !(derivative && v.equals(X))) {
                throw error(ctx, "'" + v.name() + "' in the replacement is not a variable of the pattern");
            }
        }
        List<Condition> conditions = new ArrayList<>();
        for (RulesParser.ConditionContext c : ctx.condition()) {
            String predicate = c.NAME(0).getText();
            Var v = Nodes.var(c.NAME(1).getText());
            if (!Condition.PREDICATES.contains(predicate)) {
                throw error(ctx, "unknown condition '" + predicate + "': use one of " + Condition.PREDICATES);
            }
            if (!patternVariables.contains(v)) {
                throw error(ctx, "condition " + predicate + "(" + v.name() + ") names no variable of the pattern");
            }
            conditions.add(new Condition(predicate, v));
        }
        int line = ctx.getStart().getLine();
        Rule rule = new Rule(name, section, lhs, rhs, List.copyOf(conditions), Set.copyOf(patternVariables),
                file + ":" + line);
        place(rule, ctx.REPLACE() != null, derivative ? derivatives : simplify, ctx);
        fresh.put(rule, line);
    }

    /**
     * A rule is added after all rules read so far; {@code replace name:} puts it in the place of
     * the rule of that name instead, so it is tried exactly when the replaced rule was. A name is
     * one rule's: a second rule of the same name without {@code replace} is an error.
     */
    private void place(Rule rule, boolean replace, List<Rule> rules, ParserRuleContext ctx) {
        int existing = -1;
        for (int i = 0; i < rules.size() && existing < 0; i++) {
            if (rules.get(i).name().equals(rule.name())) existing = i;
        }
        if (replace && existing < 0) {
            throw error(ctx, "'replace " + rule.name() + "' replaces no rule: no " + section.header
                    + " rule is named '" + rule.name() + "'");
        }
        if (!replace && existing >= 0) {
            throw error(ctx, "a rule named '" + rule.name() + "' already exists (" + rules.get(existing).source()
                    + "): write 'replace " + rule.name() + ": ...' to replace it, or give this rule another name");
        }
        if (replace) rules.set(existing, rule);
        else rules.add(rule);
    }

    /**
     * The first derivative rule that matches is applied, so a rule that an earlier one
     * matches in every case would silently never be used: an error naming both.
     */
    private void refuseShadowedRules() {
        RuleIndex index = new RuleIndex(derivatives); // only rules for the same kind of expression can cover
        for (Rule shadowed : derivatives) {
            for (Rule first : index.candidates(shadowed.lhs())) {
                if (first == shadowed) break;
                if (!fresh.containsKey(shadowed) && !fresh.containsKey(first)) continue;
                if (!Shadowing.covers(first, shadowed)) continue;
                Rule blamed = fresh.containsKey(shadowed) ? shadowed : first;
                throw new RuleFileException(file, fresh.get(blamed), "rule '" + shadowed.name() + "' ("
                        + shadowed.source() + ") is never reached: rule '" + first.name() + "' (" + first.source()
                        + ") comes first and matches everything it matches; write 'replace " + first.name()
                        + ": ...' to replace that rule");
            }
        }
    }

    private Node expression(RulesParser.TextContext ctx, Functions known) {
        String source = text.substring(ctx.getStart().getStartIndex(), ctx.getStop().getStopIndex() + 1);
        try {
            return new Parser(known).parseExpression(source);
        } catch (ParseException e) {
            int column = e.column() > 0 ? ctx.getStart().getCharPositionInLine() + e.column() : 0;
            String message = e.getMessage().replaceAll(" at column \\d+$", "");
            throw error(ctx, message + (column > 0 ? " at column " + column : ""));
        } catch (MathException e) {
            throw error(ctx, e.getMessage());
        }
    }

    private RuleFileException error(ParserRuleContext ctx, String message) {
        return new RuleFileException(file, ctx.getStart().getLine(), message);
    }

}
