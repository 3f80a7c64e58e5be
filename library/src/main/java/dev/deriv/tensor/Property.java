package dev.deriv.tensor;

import java.util.EnumSet;
import java.util.Set;

/** What a declared square matrix is known to be, beyond its shape. */
public enum Property {
    SYMMETRIC, POSITIVE_DEFINITE, DIAGONAL;

    /** Positive definite and diagonal matrices are symmetric too (so that A' = A for them). */
    public static boolean symmetric(Set<Property> ps) {
        return ps.contains(SYMMETRIC) || ps.contains(POSITIVE_DEFINITE) || ps.contains(DIAGONAL);
    }

    public static Set<Property> none() { return EnumSet.noneOf(Property.class); }

    /** As declared: {@code positive definite}. */
    public String spelled() { return name().toLowerCase().replace('_', ' '); }
}
