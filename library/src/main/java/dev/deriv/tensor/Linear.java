package dev.deriv.tensor;

import dev.deriv.expr.Rational;
import java.util.List;

/** A sum of tensors of one shape with rational coefficients: {@code A*x - b}, {@code 2*x}. */
public record Linear(List<Term> terms, Shape shape) implements TNode {
    /** One term: {@code coefficient * node}. */
    public record Term(Rational coefficient, TNode node) {}

    public Linear {
        terms = List.copyOf(terms);
    }

    @Override public <R> R accept(TVisitor<R> v) { return v.linear(this); }
    @Override public List<TNode> children() { return terms.stream().map(Term::node).toList(); }
}
