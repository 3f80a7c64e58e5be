package dev.deriv.tensor;

/** One method per kind of {@link TNode}: a new kind does not compile until every stage says what it means. */
public interface TVisitor<R> {
    R var(TVar v);

    R scalar(Scalar s);

    R eye(Eye e);

    R fill(Fill f);

    R linear(Linear l);

    R contraction(Contraction c);

    R elementwise(Elementwise e);

    R apply(Apply a);
}
