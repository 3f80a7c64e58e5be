package dev.deriv.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.deriv.Expr;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedTowerTest {
    static String tower(int levels) {
        return String.join("^", Collections.nCopies(levels, "x"));
    }

    @Test
    void timing() {
        for (int n : new int[] {400}) {
            Expr e = Expr.parse(tower(n));
            long t0 = System.nanoTime();
            List<List<Expr>> h = e.hessian(List.of("x"));
            System.out.printf("tower %d: hessian %.0f ms%n", n, (System.nanoTime() - t0) / 1e6);
        }
    }
}
