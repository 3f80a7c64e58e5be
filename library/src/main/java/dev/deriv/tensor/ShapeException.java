package dev.deriv.tensor;

/** Shapes that do not fit: {@code cannot multiply A (m×n) by y (k): inner dimensions n and k differ}. */
public final class ShapeException extends IllegalArgumentException {
    public ShapeException(String message) { super(message); }
}
